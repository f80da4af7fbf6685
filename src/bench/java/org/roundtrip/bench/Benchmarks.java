package org.roundtrip.bench;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.analysis.CommitmentRatios;
import org.roundtrip.analysis.CycleFinder;
import org.roundtrip.analysis.CycleSearchResult;
import org.roundtrip.analysis.EventStudy;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.PriceSeries;
import org.roundtrip.model.RevenuePeriod;
import org.roundtrip.model.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs every benchmark of docs/benchmarks.md in one go and prints the table. Whole-process figures
 * (import) run in child JVMs under GNU time; analysis figures run in this JVM, median of 11 after 10
 * warm-up runs. Usage: {@code Benchmarks JAR CLASSPATH [ROWS]}.
 */
public final class Benchmarks {

    private static final Map<String, String> ROWS = new LinkedHashMap<>();
    private static final int RUNS = 3;
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String classpath = args[1];
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path deals = dir.resolve("deals-" + rows + ".xlsx");
        if (!Files.exists(deals)) {
            LargeWorkbooks.deals(deals, rows, 10_000, 42);
        }
        System.out.printf(Locale.ROOT, "%s: %d rows, %.1f MB%n", deals, rows, Files.size(deals) / 1e6);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        // Floor and ours alternate, three runs each, and the medians are compared: single runs on a
        // shared 2-core machine vary by ±10 %.
        List<double[]> floors = new ArrayList<>();
        List<double[]> aaltoFloors = new ArrayList<>();
        List<double[]> ours = new ArrayList<>();
        List<double[]> oursG1 = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            floors.add(ChildProcess.timed(List.of(java, "-cp", classpath, StaxFloor.class.getName(), deals.toString()), 600));
            aaltoFloors.add(ChildProcess.timed(List.of(java, "-Dfloor.parser=aalto", "-cp", classpath, StaxFloor.class.getName(),
                    deals.toString()), 600));
            ours.add(ChildProcess.timed(List.of(java, "-XX:+UseSerialGC", "-Xmx512m", "-jar", jar, "summary", deals.toString(),
                    "--json"), 600));
            oursG1.add(ChildProcess.timed(List.of(java, "-Xmx512m", "-jar", jar, "summary", deals.toString(), "--json"), 600));
        }
        double[] floor = median(floors);
        row("import floor: StAX (Woodstox) over sheet + shared strings, median of " + RUNS, "—", floor, floor);
        row("same floor with Aalto, the parser our reader uses, median of " + RUNS, "for comparison", median(aaltoFloors), floor);
        row("`summary --json` at -Xmx512m as the installed launcher runs it (serial collector, ADR 0008), median of "
                + RUNS + " (runs: " + runs(ours) + ")", "≤ 2× floor, RSS below fastexcel's 508 MB", median(ours), floor);
        row("the same with plain `java -Xmx512m -jar` (the JVM's default collector, G1 here), median of " + RUNS
                + " (runs: " + runs(oursG1) + ")", "for comparison", median(oursG1), floor);
        Path csv = dir.resolve("deals-" + rows + ".csv");
        if (!Files.exists(csv)) {
            LargeWorkbooks.dealsCsv(csv, rows, 10_000, 42);
        }
        row(String.format(Locale.ROOT, "`summary --json` of the same ledger as .csv (%.0f MB) at -Xmx512m", Files.size(csv) / 1e6),
                "bounded memory", ChildProcess.timed(List.of(java, "-XX:+UseSerialGC", "-Xmx512m", "-jar", jar, "summary", csv.toString(),
                        "--json"), 600));
        Path xls = dir.resolve("deals-16x65535.xls");
        if (!Files.exists(xls)) {
            // writing it takes HSSF a few GB: done in a child JVM with room
            ChildProcess.timed(List.of(java, "-Xmx6g", "-cp", classpath, LargeWorkbooks.class.getName() + "$Xls", xls.toString()), 900);
        }
        if (Files.exists(xls)) {
            row(String.format(Locale.ROOT, "`summary --json` of a 16 × 65,535-row .xls (%.0f MB) at -Xmx512m", Files.size(xls) / 1e6),
                    "bounded memory", ChildProcess.timed(List.of(java, "-XX:+UseSerialGC", "-Xmx512m", "-jar", jar, "summary",
                            xls.toString(), "--json"), 600));
        }

        Dataset graph = randomGraph(10_000, 100_000, 7);
        AnalysisOptions options = AnalysisOptions.defaults();
        // each run on a new dataset object with the same contents: the analysis keeps the last counted deals
        // and ratios of a dataset object (analysis.LastComputed), and a run that found them would time a lookup
        row("ratios, 10k companies / 100k deals", "< 100 ms", millis(() -> CommitmentRatios.compute(copy(graph), options)));
        double[] cycles = millis(() -> CycleFinder.find(copy(graph), options));
        CycleSearchResult found = CycleFinder.find(graph, options);
        row("top 1,000 cycles (length ≤ 6), ours: " + found.cycles().size() + " found, truncated " + found.truncated(),
                "< 250 ms", cycles);
        row("JGraphT HawickJames, path limit 6 (all short cycles)", "for comparison",
                ChildProcess.timed(List.of(java, "-Xss64m", "-cp", classpath, Benchmarks.class.getName() + "$HawickJames"), 300));
        row("JGraphT Johnson (all cycles)", "for comparison",
                ChildProcess.timed(List.of(java, "-cp", classpath, Benchmarks.class.getName() + "$Johnson"), 120));
        // A new dataset (new price series) for every run: the event study remembers its estimates per
        // price series (for the window's filter changes), and a run that found them all would time lookups.
        List<Dataset> fresh = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            fresh.add(eventStudyData(50, 10, 500, 11));
        }
        java.util.Iterator<Dataset> next = fresh.iterator();
        row("event study: 50 tickers × 10 years × 500 announcements (each run on new price series)", "< 1 s",
                millis(() -> EventStudy.compute(next.next(), options)));
        Dataset prices = eventStudyData(50, 10, 500, 11);
        EventStudy.compute(prices, options);
        row("the same again on the same price series (a filter change in the window: a new dataset, the same prices)",
                "for comparison", millis(() -> EventStudy.compute(copy(prices), options)));

        System.out.println();
        System.out.println("| figure | target | measured | ratio to floor |");
        System.out.println("|---|---|---|---|");
        ROWS.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
    }

    private static void row(String name, String target, double[] measured, double[] floor) {
        String value = measured == null ? ChildProcess.lastFailure()
                : String.format(Locale.ROOT, "%.2f s wall, %d MB peak RSS", measured[0], (long) (measured[1] / 1024));
        String ratio = measured == null ? "—" : String.format(Locale.ROOT, "%.2f× time, %.2f× RSS",
                measured[0] / floor[0], measured[1] / floor[1]);
        ROWS.put(name, target + " | " + value + " | " + ratio);
        System.out.println(name + ": " + value);
    }

    private static void row(String name, String target, double[] measured) {
        String value = measured == null ? ChildProcess.lastFailure() : measured.length == 1
                ? String.format(Locale.ROOT, "%.1f ms", measured[0])
                : String.format(Locale.ROOT, "%.2f s wall, %d MB peak RSS", measured[0], (long) (measured[1] / 1024));
        ROWS.put(name, target + " | " + value + " | —");
        System.out.println(name + ": " + value);
    }

    /** Per figure (wall, RSS), the median of the runs; null when any run failed. */
    private static double[] median(List<double[]> runs) {
        if (runs.contains(null)) {
            return null;
        }
        double[] wall = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] rss = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
        return new double[] {wall[wall.length / 2], rss[rss.length / 2]};
    }

    private static String runs(List<double[]> runs) {
        StringBuilder text = new StringBuilder();
        for (double[] r : runs) {
            text.append(text.length() == 0 ? "" : ", ").append(r == null ? "failed"
                    : String.format(Locale.ROOT, "%.2f s/%d MB", r[0], (long) (r[1] / 1024)));
        }
        return text.toString();
    }

    /** Median of 11 runs after 10 warm-up runs (the JIT needs them), in milliseconds. */
    private static double[] millis(Supplier<?> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        double[] t = new double[11];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(t);
        return new double[] {t[t.length / 2]};
    }

    /** A new dataset object holding what {@code data} holds, as a filter change makes one. */
    private static Dataset copy(Dataset data) {
        return new Dataset(data.deals(), data.revenues(), data.companies(), data.prices(), data.issues());
    }

    /** {@code companies} companies and {@code edges} distinct deals with random weights (no self-deals). */
    static Dataset randomGraph(int companies, int edges, long seed) {
        Random random = new Random(seed);
        String[] names = new String[companies];
        Map<String, Company> byName = new HashMap<>();
        for (int i = 0; i < companies; i++) {
            names[i] = "C" + i;
            byName.put(names[i], Company.named(names[i]));
        }
        List<Deal> deals = new ArrayList<>(edges);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        SourceRef origin = new SourceRef("bench", "Deals", 1);
        DealDate date = DealDate.ofDay(LocalDate.of(2025, 1, 2));
        List<RevenuePeriod> revenues = new ArrayList<>();
        for (int i = 0; i < companies; i++) {
            revenues.add(new RevenuePeriod(names[i], LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                    1e9 + random.nextDouble() * 1e11, RevenuePeriod.REVENUE, origin));
        }
        while (deals.size() < edges) {
            int a = random.nextInt(companies);
            int b = random.nextInt(companies);
            if (a == b || !seen.add((long) a * companies + b)) {
                continue;
            }
            deals.add(new Deal(date, names[a], names[b], Math.round(random.nextDouble() * 1e6) * 1e4, "", "USD",
                    DealType.OTHER, Double.NaN, DealStatus.SIGNED, "", "", origin));
        }
        return new Dataset(deals, revenues, byName, Map.of(), List.of());
    }

    static Graph<Integer, DefaultEdge> jgraphtGraph() {
        Dataset d = randomGraph(10_000, 100_000, 7);
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < 10_000; i++) {
            g.addVertex(i);
        }
        for (Deal deal : d.deals()) {
            g.addEdge(Integer.parseInt(deal.payer().substring(1)), Integer.parseInt(deal.recipient().substring(1)));
        }
        return g;
    }

    /** JGraphT's HawickJames with a path limit of 6: enumerates every short cycle. */
    public static final class HawickJames {
        public static void main(String[] args) {
            HawickJamesSimpleCycles<Integer, DefaultEdge> h = new HawickJamesSimpleCycles<>(jgraphtGraph());
            h.setPathLimit(6);
            System.out.println(h.countSimpleCycles() + " cycles");
        }
    }

    /** JGraphT's Johnson: enumerates every cycle (no length limit). */
    public static final class Johnson {
        public static void main(String[] args) {
            long[] n = {0};
            try {
                new JohnsonSimpleCycles<>(jgraphtGraph()).findSimpleCycles(c -> n[0]++);
            } catch (StackOverflowError e) {
                // the result the benchmark reports: Johnson's recursive SCC search overflows the stack
                System.err.println("StackOverflowError after " + n[0] + " cycles");
                System.exit(3);
            }
            System.out.println(n[0] + " cycles");
        }
    }

    /** {@code tickers} listed companies with daily prices over {@code years}, a benchmark, and {@code announcements} deals. */
    static Dataset eventStudyData(int tickers, int years, int announcements, long seed) {
        Random random = new Random(seed);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2015 + years, 1, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        LocalDate[] dayArray = days.toArray(new LocalDate[0]);
        Map<String, PriceSeries> prices = new HashMap<>();
        double[] index = walk(random, dayArray.length, 0.009);
        prices.put("IDX", new PriceSeries("IDX", dayArray, index));
        Map<String, Company> companies = new HashMap<>();
        for (int t = 0; t < tickers; t++) {
            String name = "Listed " + t;
            companies.put(name, new Company(name, List.of(), "T" + t, "IDX"));
            prices.put("T" + t, new PriceSeries("T" + t, dayArray, walk(random, dayArray.length, 0.02)));
        }
        List<Deal> deals = new ArrayList<>();
        SourceRef origin = new SourceRef("bench", "Deals", 1);
        for (int i = 0; i < announcements; i++) {
            int a = random.nextInt(tickers);
            int b = (a + 1 + random.nextInt(tickers - 1)) % tickers;
            LocalDate day = dayArray[200 + random.nextInt(dayArray.length - 210)];
            deals.add(new Deal(DealDate.ofDay(day), "Listed " + a, "Listed " + b, 1e9, "", "USD", DealType.OTHER,
                    Double.NaN, DealStatus.SIGNED, "", "", origin));
        }
        return new Dataset(deals, List.of(), companies, prices, List.of());
    }

    /** A random walk of {@code n} closes from 100, each day's log return normal with deviation {@code vol}. */
    static double[] walk(Random random, int n, double vol) {
        double[] p = new double[n];
        p[0] = 100;
        for (int i = 1; i < n; i++) {
            p[i] = p[i - 1] * Math.exp(random.nextGaussian() * vol);
        }
        return p;
    }
}
