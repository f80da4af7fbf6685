package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Names;

/** The top-K search against every cycle JGraphT's Johnson enumeration finds, sorted and cut the same way. */
class CycleFinderPropertiesTest {

    // letters differing only in case, to exercise the name order
    private static final List<String> NAMES = List.of("b", "A", "a", "B", "c", "D", "e", "F");

    /** payer, recipient, amount in bn (0 = undisclosed); few amounts so that ties are common. */
    record DealSpec(int payer, int recipient, int amount) {
    }

    @Provide
    Arbitrary<List<DealSpec>> deals() {
        Arbitrary<Integer> company = Arbitraries.integers().between(0, NAMES.size() - 1);
        Arbitrary<Integer> amount = Arbitraries.integers().between(0, 3);
        return Combinators.combine(company, company, amount).as(DealSpec::new).list().ofMaxSize(30);
    }

    @Property(tries = 400)
    void topCyclesAreTheFirstOfAllCyclesSorted(@ForAll("deals") List<DealSpec> specs,
                                               @ForAll @IntRange(min = 2, max = 8) int maxLength,
                                               @ForAll @IntRange(min = 0, max = 15) int maxCycles) {
        TestData data = TestData.data();
        for (DealSpec spec : specs) {
            double billions = spec.amount() == 0 ? Double.NaN : spec.amount();
            data.deal(NAMES.get(spec.payer()), NAMES.get(spec.recipient()), billions);
        }
        Dataset dataset = data.build();

        List<Cycle> all = everyCycle(specs, maxLength);
        CycleSearchResult result = CycleFinder.find(dataset, new AnalysisOptions(false, maxLength, maxCycles, null));

        assertThat(result.cycles()).containsExactlyElementsOf(all.subList(0, Math.min(maxCycles, all.size())));
        assertThat(result.truncated()).isEqualTo(all.size() > maxCycles);
    }

    private static List<Cycle> everyCycle(List<DealSpec> specs, int maxLength) {
        Map<List<String>, Double> weight = new HashMap<>();
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (DealSpec spec : specs) {
            String from = NAMES.get(spec.payer());
            String to = NAMES.get(spec.recipient());
            if (from.equals(to)) {
                continue;
            }
            graph.addVertex(from);
            graph.addVertex(to);
            graph.addEdge(from, to);
            Double known = spec.amount() == 0 ? null : spec.amount() * TestData.BN;
            weight.merge(List.of(from, to), known == null ? Double.NaN : known,
                    (a, b) -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b);
        }
        List<Cycle> cycles = new ArrayList<>();
        for (List<String> companies : new JohnsonSimpleCycles<>(graph).findSimpleCycles()) {
            if (companies.size() > maxLength) {
                continue;
            }
            int first = companies.indexOf(companies.stream().min(Names.ORDER).orElseThrow());
            List<String> path = new ArrayList<>();
            Double circulating = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= companies.size(); i++) {
                path.add(companies.get((first + i) % companies.size()));
            }
            for (int i = 0; i < companies.size(); i++) {
                double edge = weight.get(List.of(path.get(i), path.get(i + 1)));
                circulating = circulating == null || Double.isNaN(edge) ? null : Math.min(circulating, edge);
            }
            cycles.add(new Cycle(path, circulating));
        }
        cycles.sort(Comparator.comparing(Cycle::circulatingUsd, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Cycle::path, Names.PATH_ORDER));
        return cycles;
    }
}
