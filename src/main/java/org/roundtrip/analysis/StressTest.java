package org.roundtrip.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.Names;

/**
 * The seeds' fear that one company is a single point of failure (DESIGN.md, "Stress test"). A failed
 * company pays none of its counted deals; every company whose lost inflows reach the threshold share
 * of its annual revenue fails in the next round, and so on until a round adds nobody.
 *
 * <p>Amounts are the deals' whole known amounts, not annualised: what a recipient was promised. A
 * company without revenue, or with revenue ≤ 0, cannot be measured against it and never fails by
 * contagion (it can still be failed at the start).
 */
public final class StressTest {

    /** A company fails when it loses half of its annual revenue. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private StressTest() {
    }

    /** Every pair where the counterparty owes the company a known amount, sorted by company then counterparty. */
    public static List<Exposure> exposures(Dataset dataset, AnalysisOptions options) {
        Map<String, Double> revenue = annualRevenue(dataset, options);
        List<Exposure> exposures = new ArrayList<>();
        owedTo(dataset, options).forEach((company, owedBy) -> owedBy.forEach((counterparty, owed) ->
                exposures.add(new Exposure(company, counterparty, owed, share(owed, revenue.get(company))))));
        return List.copyOf(exposures);
    }

    /** {@link #run(Dataset, AnalysisOptions, Collection, double)} with one company and {@link #DEFAULT_THRESHOLD}. */
    public static StressResult run(Dataset dataset, AnalysisOptions options, String failing) {
        return run(dataset, options, List.of(failing), DEFAULT_THRESHOLD);
    }

    /**
     * The cascade that follows the failure of {@code failing}.
     *
     * @param failing   companies of the dataset failed at the start
     * @param threshold the share of annual revenue whose loss makes a company fail, above 0
     * @throws IllegalArgumentException for a company not in the dataset, or a threshold not above 0
     */
    public static StressResult run(Dataset dataset, AnalysisOptions options, Collection<String> failing,
                                   double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("the threshold must be a positive share of revenue, not " + threshold);
        }
        for (String company : failing) {
            if (!dataset.companies().containsKey(company)) {
                throw new IllegalArgumentException("no company named " + company);
            }
        }
        Map<String, Double> revenue = annualRevenue(dataset, options);
        Map<String, Map<String, double[]>> owedBy = owedBy(dataset, options);

        Map<String, Double> lost = new HashMap<>();
        Map<String, Integer> failedInRound = new HashMap<>();
        List<List<String>> rounds = new ArrayList<>();
        Set<String> round = new HashSet<>(failing);
        while (!round.isEmpty()) {
            List<String> names = new ArrayList<>(round);
            names.sort(Names.ORDER);
            rounds.add(names);
            for (String company : names) {
                failedInRound.put(company, rounds.size() - 1);
                owedBy.getOrDefault(company, Map.of())
                        .forEach((recipient, owed) -> lost.merge(recipient, owed[0], Double::sum));
            }
            round = new HashSet<>();
            for (Map.Entry<String, Double> loss : lost.entrySet()) {
                Double share = share(loss.getValue(), revenue.get(loss.getKey()));
                if (share != null && share >= threshold && !failedInRound.containsKey(loss.getKey())) {
                    round.add(loss.getKey());
                }
            }
        }

        List<String> companies = new ArrayList<>(dataset.companies().keySet());
        companies.sort(Names.ORDER);
        List<CompanyLoss> losses = new ArrayList<>(companies.size());
        for (String company : companies) {
            double lostUsd = lost.getOrDefault(company, 0.0);
            losses.add(new CompanyLoss(company, lostUsd, revenue.get(company), share(lostUsd, revenue.get(company)),
                    failedInRound.get(company)));
        }
        return new StressResult(threshold, rounds, losses);
    }

    /** One stress test per company of the dataset failing alone, sorted by that company's name. */
    public static Map<String, StressResult> eachCompanyFailing(Dataset dataset, AnalysisOptions options,
                                                               double threshold) {
        Map<String, StressResult> results = new TreeMap<>(Names.ORDER);
        for (String company : dataset.companies().keySet()) {
            results.put(company, run(dataset, options, List.of(company), threshold));
        }
        return results;
    }

    private static Double share(double lostUsd, Double annualRevenueUsd) {
        return annualRevenueUsd == null || annualRevenueUsd <= 0 ? null : lostUsd / annualRevenueUsd;
    }

    private static Map<String, Double> annualRevenue(Dataset dataset, AnalysisOptions options) {
        Map<String, Double> revenue = new HashMap<>();
        for (CompanyFigures figures : CommitmentRatios.compute(dataset, options)) {
            if (figures.annualRevenueUsd() != null) {
                revenue.put(figures.name(), figures.annualRevenueUsd());
            }
        }
        return revenue;
    }

    /** Payer → recipient → sum of known amounts (in a one-slot array). */
    private static Map<String, Map<String, double[]>> owedBy(Dataset dataset, AnalysisOptions options) {
        // summed in place in one-slot arrays: a boxed Double per deal was a third of this test on 100,000 deals
        Map<String, Map<String, double[]>> sums = new HashMap<>();
        for (Deal deal : CountedDeals.between(dataset, options)) {
            if (deal.isDisclosed()) {
                sums.computeIfAbsent(deal.payer(), payer -> new HashMap<>())
                        .computeIfAbsent(deal.recipient(), recipient -> new double[1])[0] += deal.amountUsd();
            }
        }
        return sums;
    }

    /** Recipient → payer → sum of known amounts, both sorted by name. */
    private static Map<String, Map<String, Double>> owedTo(Dataset dataset, AnalysisOptions options) {
        Map<String, Map<String, Double>> owed = new TreeMap<>(Names.ORDER);
        for (Deal deal : CountedDeals.between(dataset, options)) {
            if (deal.isDisclosed()) {
                owed.computeIfAbsent(deal.recipient(), recipient -> new TreeMap<>(Names.ORDER))
                        .merge(deal.payer(), deal.amountUsd(), Double::sum);
            }
        }
        return owed;
    }
}
