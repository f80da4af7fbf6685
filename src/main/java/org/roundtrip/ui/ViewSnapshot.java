package org.roundtrip.ui;

import org.roundtrip.analysis.Analysis;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.ImportChanges;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.analysis.Summary;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.Names;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything the views show for one filter and one set of chart choices: the filtered dataset, its
 * figures and every chart, built together off the event thread and then handed to the window whole, so
 * that no view ever shows figures of another filter than its neighbours.
 *
 * @param all          the dataset as imported, never null
 * @param filtered     the deals the filter keeps (see {@link DashboardFilter#apply(Dataset)}), never null
 * @param filter       the filter that made {@code filtered}, never null
 * @param summary      the figures of {@code filtered}, never null
 * @param charts       chart name ({@link ChartCatalog#NAMES}) → chart, in the catalog's order
 * @param stressCompany the company failed in the stress chart, or null when no company has commitments
 * @param changes      what moved from the workspace's previous import to {@code all}, or null when there
 *                     is nothing to compare with
 * @param millis       how long the computation took, for the status bar and the report
 */
record ViewSnapshot(Dataset all, Dataset filtered, DashboardFilter filter, Summary summary,
                    Map<String, PresentedChart> charts, String stressCompany, ImportChanges changes, long millis) {

    /**
     * What the user chose in the views themselves, beyond the filter.
     *
     * @param logAxis       the ratio chart's value axis is logarithmic
     * @param stressCompany the company failed in the stress test, or null for the largest committer
     * @param coverageYear  the year by which revenue should cover the commitments
     */
    record Choices(boolean logAxis, String stressCompany, int coverageYear) {
        static Choices defaults() {
            return new Choices(true, null, ChartCatalog.Choices.defaults().coverageYear());
        }
    }

    /** Filters {@code all} and builds every chart; may take a while on a large dataset, so never on the EDT. */
    static ViewSnapshot compute(Dataset all, DashboardFilter filter, Choices choices, ChartTheme theme) {
        return compute(all, null, filter, choices, theme);
    }

    /**
     * As {@link #compute(Dataset, DashboardFilter, Choices, ChartTheme)}, and what moved since {@code before}.
     *
     * @param before the import to compare {@code all} with (the workspace's previous one), or null
     */
    static ViewSnapshot compute(Dataset all, Dataset before, DashboardFilter filter, Choices choices,
                                ChartTheme theme) {
        Objects.requireNonNull(all, "all");
        long start = System.nanoTime();
        Dataset filtered = filter.apply(all);
        String stressCompany = choices.stressCompany();
        if (stressCompany != null && !filtered.companies().containsKey(stressCompany)) {
            stressCompany = null;  // the chosen company was filtered out: fall back to the largest committer
        }
        ChartCatalog catalog = new ChartCatalog(filtered, filter.options(),
                new ChartCatalog.Choices(stressCompany, choices.coverageYear(), Map.of(), java.util.Locale.getDefault()));
        // The figures several charts share first (the event study on the other core), then the charts
        // on both cores: on 100,000 deals each chart takes tens of milliseconds to make.
        // (on a small dataset all on this thread: waking another costs more than the few milliseconds it saves)
        java.util.concurrent.Executor work = filtered.deals().size() < Analysis.ON_TWO_CORES_FROM ? Runnable::run : SHARED_WORK;
        java.util.concurrent.CompletableFuture<?> events =
                java.util.concurrent.CompletableFuture.runAsync(catalog::eventStudy, work);
        catalog.summary();
        catalog.counted();
        catalog.coverage();
        catalog.stress();
        finish(events);
        // one thread takes the charts from the first, the other from the last, each chart made once; the
        // ratio chart with the window's linear or logarithmic axis
        Map<String, PresentedChart> made = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.CompletableFuture<?> fromTheEnd = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int i = ChartCatalog.NAMES.size() - 1; i >= 0; i--) {
                make(catalog, ChartCatalog.NAMES.get(i), choices, theme, claimed, made);
            }
        }, work);
        for (String name : ChartCatalog.NAMES) {
            make(catalog, name, choices, theme, claimed, made);
        }
        finish(fromTheEnd);
        Map<String, PresentedChart> charts = new LinkedHashMap<>();
        for (String name : ChartCatalog.NAMES) {
            charts.put(name, made.get(name));
        }
        String failing = catalog.stress() == null ? null : catalog.stress().rounds().isEmpty() ? null
                : catalog.stress().rounds().get(0).get(0);
        // whole imports are compared, whatever the filter: a deal filtered out has still moved
        ImportChanges changes = before == null ? null : ImportChanges.between(before, all, filter.options());
        return new ViewSnapshot(all, filtered, filter, catalog.summary(), charts, failing, changes,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A second core's worth of threads for a snapshot's work; daemons, so that they never keep the app alive. */
    private static final java.util.concurrent.ExecutorService SHARED_WORK =
            java.util.concurrent.Executors.newFixedThreadPool(2, work -> {
                Thread t = new Thread(work, "roundtrip-snapshot");
                t.setDaemon(true);
                return t;
            });

    /** Waits for work of the other thread, throwing what it threw as it was thrown. */
    private static void finish(java.util.concurrent.CompletableFuture<?> work) {
        try {
            work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Makes one chart unless the other thread has claimed it. */
    private static void make(ChartCatalog catalog, String name, Choices choices, ChartTheme theme,
                             java.util.Set<String> claimed, Map<String, PresentedChart> made) {
        if (claimed.add(name)) {
            made.put(name, name.equals("ratios") ? catalog.ratios(theme, choices.logAxis()) : catalog.create(name, theme));
        }
    }

    /** Companies that pay anything under the filter: the ones whose failure the stress test can show. */
    List<String> committers() {
        return summary.companies().stream().filter(c -> c.outgoingUsd() > 0).map(CompanyFigures::name).toList();
    }

    /** Every company named in the whole import, for the companies filter (which must not shrink itself). */
    List<String> allCompanies() {
        TreeSet<String> names = new TreeSet<>(Names.ORDER);
        names.addAll(all.companies().keySet());
        return List.copyOf(names);
    }

    /** Counted deals shown, self-deals left out as every figure does. */
    List<Deal> countedDeals() {
        return Analysis.countedDeals(filtered, filter.options());
    }

    double commitmentsUsd() {
        return summary.companies().stream().mapToDouble(CompanyFigures::outgoingUsd).sum();
    }

    double annualRevenueUsd() {
        return summary.companies().stream().filter(c -> c.annualRevenueUsd() != null)
                .mapToDouble(CompanyFigures::annualRevenueUsd).sum();
    }

    CompanyFigures highestRatio() {
        return summary.companies().stream().filter(c -> c.ratio() != null)
                .max(Comparator.comparing(CompanyFigures::ratio)).orElse(null);
    }

    StockReaction biggestReaction() {
        return summary.reactions().stream()
                .max(Comparator.comparingDouble(r -> Math.abs(r.returnFraction()))).orElse(null);
    }
}
