package org.roundtrip.analysis;

import java.util.List;

/**
 * The cycles reported, best first.
 *
 * @param cycles    sorted by circulating amount, largest first, undisclosed last, then by path; at most
 *                  {@link AnalysisOptions#maxCycles()} of them
 * @param truncated whether more cycles exist than were reported
 */
public record CycleSearchResult(List<Cycle> cycles, boolean truncated) {

    public CycleSearchResult {
        cycles = List.copyOf(cycles);
    }
}
