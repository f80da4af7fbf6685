package org.roundtrip.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything imported from one or more workbooks. Immutable.
 *
 * @param deals     imported deals in reading order (any status; duplicates already dropped)
 * @param revenues  imported revenue rows in reading order (any metric; a later row for the same
 *                  company, period and metric has replaced the earlier one)
 * @param companies every company named in a deal, a revenue row or a companies sheet, keyed by canonical name
 * @param prices    price series by ticker
 * @param issues    warnings and rejected cells, in reading order
 */
public record Dataset(List<Deal> deals, List<RevenuePeriod> revenues, Map<String, Company> companies,
                      Map<String, PriceSeries> prices, List<ImportIssue> issues) {

    public Dataset {
        deals = List.copyOf(deals);
        revenues = List.copyOf(revenues);
        companies = Map.copyOf(companies);
        prices = Map.copyOf(prices);
        issues = List.copyOf(issues);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), Map.of(), Map.of(), List.of());
    }

    public Optional<Company> company(String name) {
        return Optional.ofNullable(companies.get(Objects.requireNonNull(name)));
    }

    public Optional<PriceSeries> prices(String ticker) {
        return ticker == null ? Optional.empty() : Optional.ofNullable(prices.get(ticker));
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> !i.isRejected()).toList();
    }

    public List<ImportIssue> rejected() {
        return issues.stream().filter(ImportIssue::isRejected).toList();
    }
}
