package org.roundtrip.ui;

import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.Names;
import org.roundtrip.model.RevenuePeriod;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one set of filters every view follows: which deals enter the figures.
 *
 * <p>The date range and the deal types apply to deals only: a company's revenue is what its deals are
 * compared with, so it stays whatever deals are shown. The companies filter keeps the deals a chosen
 * company pays or receives, with their counterparties, so that a selected company's network stays
 * readable. Prices and import issues are never filtered.
 *
 * @param from       first day of deals shown (inclusive), or null for no lower bound
 * @param to         last day of deals shown (inclusive), or null for no upper bound
 * @param statuses   deal statuses shown, never null; {@link DealStatus#TALKS} also counts talks in the figures
 * @param companies  companies whose deals are shown (canonical names), empty for every company
 * @param types      deal types shown, never null
 */
record DashboardFilter(LocalDate from, LocalDate to, Set<DealStatus> statuses, Set<String> companies,
                       Set<DealType> types) {

    DashboardFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        TreeSet<String> names = new TreeSet<>(Names.ORDER);
        names.addAll(companies);
        companies = Set.copyOf(names);
    }

    /** Signed and announced deals of every company, type and date: the figures of {@code summary}. */
    static DashboardFilter none() {
        return new DashboardFilter(null, null, EnumSet.of(DealStatus.SIGNED, DealStatus.ANNOUNCED), Set.of(),
                EnumSet.allOf(DealType.class));
    }

    DashboardFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, statuses, companies, types);
    }

    DashboardFilter withStatuses(Set<DealStatus> newStatuses) {
        return new DashboardFilter(from, to, newStatuses, companies, types);
    }

    DashboardFilter withCompanies(Set<String> newCompanies) {
        return new DashboardFilter(from, to, statuses, newCompanies, types);
    }

    DashboardFilter withTypes(Set<DealType> newTypes) {
        return new DashboardFilter(from, to, statuses, companies, newTypes);
    }

    /** Whether anything is left out, so the window can say the figures are filtered. */
    boolean isActive() {
        return !equals(none()) && !equals(none().withStatuses(EnumSet.allOf(DealStatus.class)));
    }

    /** Talks enter the figures exactly when they are shown. */
    AnalysisOptions options() {
        AnalysisOptions d = AnalysisOptions.defaults();
        return new AnalysisOptions(statuses.contains(DealStatus.TALKS), d.maxCycleLength(), d.maxCycles(), d.benchmark());
    }

    boolean accepts(Deal deal) {
        LocalDate day = deal.date().date();
        return (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && statuses.contains(deal.status())
                && types.contains(deal.type())
                && (companies.isEmpty() || companies.contains(deal.payer()) || companies.contains(deal.recipient()));
    }

    /** The dataset with only the deals this filter accepts; see the class comment for what else is kept. */
    Dataset apply(Dataset dataset) {
        List<Deal> deals = dataset.deals().stream().filter(this::accepts).toList();
        if (companies.isEmpty()) {
            return new Dataset(deals, dataset.revenues(), dataset.companies(), dataset.prices(), dataset.issues());
        }
        Set<String> kept = new TreeSet<>(Names.ORDER);
        kept.addAll(companies);
        deals.forEach(d -> {
            kept.add(d.payer());
            kept.add(d.recipient());
        });
        Map<String, Company> keptCompanies = new LinkedHashMap<>();
        dataset.companies().forEach((name, company) -> {
            if (kept.contains(name)) {
                keptCompanies.put(name, company);
            }
        });
        List<RevenuePeriod> revenues = dataset.revenues().stream().filter(r -> kept.contains(r.company())).toList();
        return new Dataset(deals, revenues, keptCompanies, dataset.prices(), dataset.issues());
    }
}
