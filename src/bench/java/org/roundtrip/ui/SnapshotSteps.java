package org.roundtrip.ui;

import org.roundtrip.bench.WindowBenchmarks;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.model.Dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filter change's snapshot on the generated 100,000 deals, off the window: {@link ViewSnapshot#compute}
 * through the harness's filter changes, round after round, then the same changes step by step on one
 * thread ({@link WindowDriver#computeSteps}). What ADR 0011 measured; see {@code src/bench/snapshot.sh}.
 * Usage: {@code SnapshotSteps [ROUNDS]} (default 12; the second half is measured).
 */
public final class SnapshotSteps {

    private SnapshotSteps() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        Dataset all = WindowBenchmarks.generated(100_000, 400, 42);
        String company = "Company 007";
        List<Double> snapshots = new ArrayList<>();
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            List<Double> thisRound = new ArrayList<>();
            for (String change : WindowDriver.filterChanges()) {
                long start = System.nanoTime();
                ViewSnapshot.compute(all, WindowDriver.filter(change, company), ViewSnapshot.Choices.defaults(),
                        ChartTheme.LIGHT);
                double ms = (System.nanoTime() - start) / 1e6;
                thisRound.add(ms);
                if (round >= rounds / 2) {
                    snapshots.add(ms);
                    WindowDriver.computeSteps(all, change, company)
                            .forEach((s, n) -> steps.computeIfAbsent(s, k -> new ArrayList<>()).add(n / 1e6));
                }
            }
            System.out.printf(Locale.ROOT, "round %d: snapshot median %.1f ms%n", round + 1, median(thisRound));
        }
        System.out.println();
        System.out.println("| step (one thread) | median |");
        System.out.println("|---|---|");
        double sum = 0;
        for (Map.Entry<String, List<Double>> step : steps.entrySet()) {
            double m = median(step.getValue());
            sum += m;
            System.out.printf(Locale.ROOT, "| %s | %.1f ms |%n", step.getKey(), m);
        }
        System.out.printf(Locale.ROOT, "| all steps | %.1f ms |%n", sum);
        System.out.printf(Locale.ROOT, "| the snapshot as the window makes it (both cores), rounds %d–%d | %.1f ms |%n",
                rounds / 2 + 1, rounds, median(snapshots));
        System.exit(0);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
