package org.roundtrip.analysis;

import org.roundtrip.model.Deal;

/**
 * The event study of one party of one deal: an estimate, or why there is none.
 *
 * @param deal          the deal announced
 * @param company       the party studied, payer or recipient
 * @param ticker        its ticker, or null when it has none
 * @param benchmark     the benchmark ticker used or wanted, or null when there is none
 * @param estimate      the estimate, or null when skipped
 * @param skippedReason why there is no estimate, in a finance user's words; null when estimated
 */
public record EventStudyResult(Deal deal, String company, String ticker, String benchmark, EventEstimate estimate,
                               String skippedReason) {

    public boolean isEstimated() {
        return estimate != null;
    }
}
