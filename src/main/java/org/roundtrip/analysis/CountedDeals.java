package org.roundtrip.analysis;

import java.util.List;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;

/** The deals every figure is made of: counted under the options, and not a company paying itself. */
final class CountedDeals {

    private static final LastComputed<AnalysisOptions, List<Deal>> LAST = new LastComputed<>();

    private CountedDeals() {
    }

    /** Counted deals whose payer is not their recipient, in the dataset's reading order; an unmodifiable list. */
    static List<Deal> between(Dataset dataset, AnalysisOptions options) {
        return LAST.get(dataset, options, () -> dataset.deals().stream()
                .filter(deal -> deal.isCounted(options.includeTalks()) && !deal.isSelfDeal())
                .toList());
    }
}
