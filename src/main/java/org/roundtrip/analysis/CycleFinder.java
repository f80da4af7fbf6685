package org.roundtrip.analysis;

import java.util.ArrayList;
import java.util.List;
import org.roundtrip.model.Dataset;

/**
 * Money that travels in a circle back to where it started (DESIGN.md, "Figures", "Cycles").
 *
 * <p>The graph has one edge payer → recipient per pair linked by a counted deal that is not a
 * self-deal, weighted by the sum of its known amounts. Only the best {@link AnalysisOptions#maxCycles()}
 * cycles are looked for, without listing every cycle of a dense graph; see
 * docs/decisions/0002-top-k-cycle-search.md.
 */
public final class CycleFinder {

    private CycleFinder() {
    }

    /**
     * Every simple cycle of 2 to {@link AnalysisOptions#maxCycleLength()} companies, each once, sorted
     * by circulating amount (largest first, undisclosed last) then path; the first
     * {@link AnalysisOptions#maxCycles()} of them, and whether there are more.
     */
    public static CycleSearchResult find(Dataset dataset, AnalysisOptions options) {
        MoneyGraph graph = MoneyGraph.of(CountedDeals.between(dataset, options));
        TopCycleSearch.Result result = TopCycleSearch.search(graph.names.length, graph.payer, graph.recipient,
                graph.weightUsd, graph.edgesOnCycles(), options.maxCycleLength(), options.maxCycles());
        List<Cycle> cycles = new ArrayList<>(result.best().size());
        for (TopCycleSearch.Found found : result.best()) {
            List<String> path = new ArrayList<>(found.path().length);
            for (int company : found.path()) {
                path.add(graph.names[company]);
            }
            cycles.add(new Cycle(path, Double.isNaN(found.weightUsd()) ? null : found.weightUsd()));
        }
        return new CycleSearchResult(cycles, result.truncated());
    }
}
