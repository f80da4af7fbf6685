package org.roundtrip.analysis;

import org.roundtrip.model.Dataset;

/** The figures of {@code summary} in one call. */
public final class Analysis {

    private Analysis() {
    }

    /** Counts, commitment ratios, cycles and stock reactions of {@code dataset} under {@code options}. */
    public static Summary summarize(Dataset dataset, AnalysisOptions options) {
        int counted = (int) dataset.deals().stream().filter(deal -> deal.isCounted(options.includeTalks())).count();
        return new Summary(dataset.deals().size(), counted,
                CommitmentRatios.compute(dataset, options),
                CycleFinder.find(dataset, options),
                StockReactions.compute(dataset, options));
    }
}
