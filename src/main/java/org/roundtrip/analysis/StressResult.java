package org.roundtrip.analysis;

import java.util.List;

/**
 * A cascade of failures.
 *
 * @param threshold the share of annual revenue whose loss makes a company fail, e.g. 0.5
 * @param rounds    who fails in each round, each sorted by name: round 0 the companies failed at the
 *                  start, round k those whose lost inflows reached the threshold after round k − 1
 * @param losses    every company of the dataset, sorted by name, with what it lost
 */
public record StressResult(double threshold, List<List<String>> rounds, List<CompanyLoss> losses) {

    public StressResult {
        rounds = rounds.stream().map(List::copyOf).toList();
        losses = List.copyOf(losses);
    }

    /** Every company that failed, in round order. */
    public List<String> failed() {
        return rounds.stream().flatMap(List::stream).toList();
    }
}
