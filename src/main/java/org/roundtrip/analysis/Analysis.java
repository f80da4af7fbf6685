package org.roundtrip.analysis;

import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The figures of {@code summary} in one call. */
public final class Analysis {

    /**
     * Deals from which the cycle search runs on a second core: below, it is too short for waking
     * another thread to pay (the sample's 17 deals: 0.04 ms).
     */
    public static final int ON_TWO_CORES_FROM = 2_000;

    private Analysis() {
    }

    /**
     * The deals every figure is made of: counted under {@code options} and not a company paying itself,
     * in reading order; the same list the analyses of {@code dataset} used, when they were the last.
     */
    public static List<Deal> countedDeals(Dataset dataset, AnalysisOptions options) {
        return CountedDeals.between(dataset, options);
    }

    /**
     * Counts, commitment ratios, cycles and stock reactions of {@code dataset} under {@code options}.
     * The cycle search, the longest part on a big ledger, runs on a second core while the rest is
     * computed here (from {@link #ON_TWO_CORES_FROM} deals); every part only reads the dataset.
     */
    public static Summary summarize(Dataset dataset, AnalysisOptions options) {
        CompletableFuture<CycleSearchResult> cycles = dataset.deals().size() < ON_TWO_CORES_FROM
                ? CompletableFuture.completedFuture(CycleFinder.find(dataset, options))
                : CompletableFuture.supplyAsync(() -> CycleFinder.find(dataset, options));
        int counted = (int) dataset.deals().stream().filter(deal -> deal.isCounted(options.includeTalks())).count();
        List<CompanyFigures> ratios = CommitmentRatios.compute(dataset, options);
        List<StockReaction> reactions = StockReactions.compute(dataset, options);
        try {
            return new Summary(dataset.deals().size(), counted, ratios, cycles.join(), reactions);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
