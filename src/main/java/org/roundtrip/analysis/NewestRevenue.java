package org.roundtrip.analysis;

import java.util.HashMap;
import java.util.Map;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.RevenuePeriod;

/** Which revenue row stands for a company's revenue: its newest period of the revenue metric. */
final class NewestRevenue {

    private NewestRevenue() {
    }

    /**
     * The newest revenue period of each company that has one: the latest end date; on a tie the
     * later row in reading order, because a finance user's latest correction is written below.
     * Other metrics (EBITDA…) are ignored.
     */
    static Map<String, RevenuePeriod> byCompany(Dataset dataset) {
        Map<String, RevenuePeriod> newest = new HashMap<>();
        for (RevenuePeriod period : dataset.revenues()) {
            if (!period.isRevenue()) {
                continue;
            }
            newest.merge(period.company(), period,
                    (held, later) -> later.end().isBefore(held.end()) ? held : later);
        }
        return newest;
    }
}
