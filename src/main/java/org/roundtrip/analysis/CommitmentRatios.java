package org.roundtrip.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.Names;
import org.roundtrip.model.RevenuePeriod;

/** What each company has committed to pay, against what it earns (DESIGN.md, "Figures"). */
public final class CommitmentRatios {

    private CommitmentRatios() {
    }

    /**
     * One {@link CompanyFigures} for every company of {@code dataset.companies()}, sorted by
     * {@link Names#ORDER}. Companies with no deal get zeros.
     */
    public static List<CompanyFigures> compute(Dataset dataset, AnalysisOptions options) {
        // the summary, the coverage and the stress test each ask for the same dataset's figures
        return LAST.get(dataset, options, () -> computeNow(dataset, options));
    }

    private static final LastComputed<AnalysisOptions, List<CompanyFigures>> LAST = new LastComputed<>();

    private static List<CompanyFigures> computeNow(Dataset dataset, AnalysisOptions options) {
        Map<String, double[]> sums = new HashMap<>(); // outgoing, incoming, annual outgoing
        for (Deal deal : CountedDeals.between(dataset, options)) {
            if (!deal.isDisclosed()) {
                continue;
            }
            double[] payer = sums.computeIfAbsent(deal.payer(), name -> new double[3]);
            payer[0] += deal.amountUsd();
            payer[2] += deal.amountUsd() / deal.annualisingYears();
            sums.computeIfAbsent(deal.recipient(), name -> new double[3])[1] += deal.amountUsd();
        }
        Map<String, RevenuePeriod> revenue = NewestRevenue.byCompany(dataset);

        List<String> names = new ArrayList<>(dataset.companies().keySet());
        names.sort(Names.ORDER);
        List<CompanyFigures> figures = new ArrayList<>(names.size());
        for (String name : names) {
            double[] sum = sums.getOrDefault(name, new double[3]);
            RevenuePeriod period = revenue.get(name);
            Double annualRevenue = period == null ? null : period.annualisedUsd();
            boolean divisible = annualRevenue != null && annualRevenue > 0;
            figures.add(new CompanyFigures(name, sum[0], sum[1], sum[2], annualRevenue,
                    divisible ? sum[0] / annualRevenue : null,
                    divisible ? sum[2] / annualRevenue : null));
        }
        return List.copyOf(figures);
    }
}
