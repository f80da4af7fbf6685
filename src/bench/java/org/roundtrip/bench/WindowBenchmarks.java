package org.roundtrip.bench;

import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.PriceSeries;
import org.roundtrip.model.RevenuePeriod;
import org.roundtrip.model.SourceRef;
import org.roundtrip.ui.WindowDriver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The window's figures of issue 8 (item 4): cold start against an empty FlatLaf window, filter redraw
 * of every view on the sample and on 100,000 deals, and cancel latency of a large import in the
 * window. Prints a markdown table. Needs a display ({@code xvfb-run -a}). Usage:
 * {@code WindowBenchmarks JAR CLASSPATH [RUNS [APP-IMAGE|-]]}; see {@code src/bench/window.sh} and
 * {@code docs/benchmarks.md ("The window")}. The system property {@code roundtrip.bench.window}
 * (environment {@code WINDOW_PARTS} in {@code run.sh}) picks parts: a comma-separated subset of
 * {@code start,sample,large,cancel}, all by default.
 */
public final class WindowBenchmarks {

    private static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");
    private static final List<String[]> ROWS = new ArrayList<>();

    private WindowBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String classpath = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path app = args.length > 3 && !args[3].equals("-") ? Path.of(args[3]) : null;
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<String> parts = List.of(System.getProperty("roundtrip.bench.window", "start,sample,large,cancel")
                .split(","));
        if (parts.contains("start")) {
            coldStart(java, jar, classpath, runs, dir, app);
        }
        if (parts.contains("sample") || parts.contains("large")) {
            WindowDriver window = WindowDriver.open();
            if (parts.contains("sample")) {
                Dataset sample = Importer.importFiles(List.of(SAMPLE), ImportOptions.defaults()).dataset();
                // A sample change runs little code many times over: the JIT is still making it faster after
                // 60 changes (session 4's warm-up) and levels off by ~200; 240 changes, then 60 measured.
                // The warm-up's own figures are printed too: the first minute's is in the same table.
                redraw(window, "sample (" + sample.deals().size() + " deals)", sample, "< 50 ms", "OpenAI", 40, 10);
            }
            if (parts.contains("large")) {
                Dataset large = generated(100_000, 400, 42);
                // 100,000 deals: each change runs loops of 100,000 that the JIT compiles within the first
                // changes; two rounds of warm-up only, which if anything flatters the JIT less than the sample's
                redraw(window, "100,000 deals, 400 companies (generated)", large, "< 300 ms", "Company 007", 2, 3);
            }
            window.close();
        }
        if (parts.contains("cancel")) {
            cancel(dir);
        }
        System.out.println();
        System.out.println("| figure | target | measured |");
        System.out.println("|---|---|---|");
        ROWS.forEach(r -> System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " |"));
        System.exit(0);
    }

    // ---- cold start ---------------------------------------------------------------------------

    private static void coldStart(String java, String jar, String classpath, int runs, Path dir, Path app)
            throws Exception {
        List<Double> empty = new ArrayList<>();
        List<Double> overview = new ArrayList<>();
        List<Double> chart = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> installed = new ArrayList<>();
        List<Double> installedShown = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            // alternated, so that all see the same machine load
            long[] e = child(List.of(java, "-cp", classpath, EmptyWindow.class.getName()), Map.of(),
                    "empty-window-painted");
            empty.add((double) (e[1] - e[0]));
            Path home = Files.createTempDirectory(dir, "cold-start");
            long[] r = child(List.of(java, "-jar", jar), Map.of("JAVA_TOOL_OPTIONS", probe(home)), "roundtrip-first-paint");
            shown.add((double) (r[1] - r[0]));
            overview.add((double) (r[2] - r[0]));
            chart.add((double) (r[3] - r[0]));
            String line = String.format(Locale.ROOT, "cold start run %d: empty %d ms; java -jar shown %d, overview %d, chart %d ms",
                    run + 1, e[1] - e[0], r[1] - r[0], r[2] - r[0], r[3] - r[0]);
            if (app != null) {
                long[] i = child(List.of(app.resolve("bin").resolve("roundtrip").toString()),
                        Map.of("JAVA_TOOL_OPTIONS", probe(home)), "roundtrip-first-paint");
                installedShown.add((double) (i[1] - i[0]));
                installed.add((double) (i[3] - i[0]));
                line += String.format(Locale.ROOT, "; installed shown %d, chart %d ms", i[1] - i[0], i[3] - i[0]);
            }
            System.err.println(line);
            org.apache.commons.io.file.PathUtils.deleteDirectory(home);
        }
        // For comparison: the empty window given what the installed launcher has, its JVM options
        // and a class-data archive of its own classes (written by a first start).
        List<Double> emptyTuned = new ArrayList<>();
        if (app != null) {
            Path archive = dir.resolve("empty-window.jsa");
            Files.deleteIfExists(archive);
            // the JVM archives classes from jars only: the empty window's class in a jar of its own, FlatLaf from the app's
            List<String> tuned = new ArrayList<>(List.of(java, "-cp",
                    emptyWindowJar(dir) + System.getProperty("path.separator") + jar));
            tuned.addAll(launcherOptions(app));
            List<String> training = new ArrayList<>(tuned);
            training.add(1, "-XX:ArchiveClassesAtExit=" + archive);
            training.add(EmptyWindow.class.getName());
            child(training, Map.of(), "empty-window-painted");
            tuned.add(1, "-XX:SharedArchiveFile=" + archive);
            tuned.add(EmptyWindow.class.getName());
            for (int run = 0; run < runs; run++) {
                long[] e = child(tuned, Map.of(), "empty-window-painted");
                emptyTuned.add((double) (e[1] - e[0]));
            }
        }
        double floor = median(empty);
        row("empty FlatLaf window: JVM launch → first paint (child JVM, `java -cp`)", "—",
                String.format(Locale.ROOT, "%.2f s (median of %d; %s)", floor / 1000, runs, range(empty)));
        if (app != null) {
            double ours = median(installed);
            row("Roundtrip as installed (`roundtrip`, the command and menu entry: the bundled runtime with the "
                    + "launcher's JVM options and the class-data archive postinst writes), bundled sample: launch → "
                    + "window shown", "shown first",
                    String.format(Locale.ROOT, "%.2f s", median(installedShown) / 1000));
            row("… → first chart view (ratios) drawn: **cold start**", "≤ 2.5 × empty window",
                    String.format(Locale.ROOT, "%.2f s (median of %d; %s)", ours / 1000, runs, range(installed)));
            row("cold start ÷ empty window", "≤ 2.5×", String.format(Locale.ROOT, "**%.2f×**%s", ours / floor,
                    ours / floor <= 2.5 ? "" : " — not met"));
        }
        double plain = median(chart);
        row("Roundtrip by `java -jar target/roundtrip.jar` (the README's developer command, no launcher options): "
                + "launch → window shown", "shown first", String.format(Locale.ROOT, "%.2f s", median(shown) / 1000));
        row("… → overview painted with the sample's figures", "—",
                String.format(Locale.ROOT, "%.2f s", median(overview) / 1000));
        row("… → first chart view (ratios) drawn", app == null ? "≤ 2.5 × empty window" : "—",
                String.format(Locale.ROOT, "%.2f s (median of %d; %s), **%.2f×** the empty window", plain / 1000, runs,
                        range(chart), plain / floor));
        if (!emptyTuned.isEmpty()) {
            row("for comparison: the empty window with the installed launcher's JVM options and a class-data archive "
                    + "of its own", "—", String.format(Locale.ROOT, "%.2f s (median of %d); the installed cold start "
                    + "is %.2f× this", median(emptyTuned) / 1000, runs, median(installed) / median(emptyTuned)));
        }
    }

    /** The system properties of a measured start, in JAVA_TOOL_OPTIONS so that a launcher passes them too. */
    private static String probe(Path home) {
        // own preferences and recovery folder: the user's window size, theme or a crashed
        // session's file must not change what is measured
        return "-Djava.util.prefs.userRoot=" + home.resolve("prefs") + " -Droundtrip.recoveryDir="
                + home.resolve("recovery") + " -Droundtrip.benchmark.firstPaint=exit";
    }

    /** The installed launcher's JVM options (its Roundtrip.cfg), but for its class-data archive. */
    private static List<String> launcherOptions(Path app) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve("lib").resolve("app").resolve("Roundtrip.cfg"))) {
            if (line.startsWith("java-options=-XX:") && !line.contains("SharedArchiveFile")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        return options;
    }

    /** A jar holding {@link EmptyWindow} only. */
    private static Path emptyWindowJar(Path dir) throws IOException {
        Path jarFile = dir.resolve("empty-window.jar");
        String name = EmptyWindow.class.getName().replace('.', '/');
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jarFile))) {
            for (String c : List.of(name + ".class", name + "$1.class")) {
                try (var in = EmptyWindow.class.getClassLoader().getResourceAsStream(c)) {
                    if (in != null) {
                        out.putNextEntry(new java.util.jar.JarEntry(c));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jarFile;
    }

    /** Starts a child JVM and returns its launch time and the epoch millis on its line starting with {@code tag}. */
    private static long[] child(List<String> command, Map<String, String> env, String tag)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long launched = System.currentTimeMillis();
        Process p = pb.start();
        String found = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(tag)) {
                    found = line;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (found == null) {
            throw new IllegalStateException(command + " printed no " + tag + " line (exit " + p.exitValue() + ")");
        }
        String[] parts = found.split(" ");
        long[] result = new long[parts.length];
        result[0] = launched;
        for (int i = 1; i < parts.length; i++) {
            String v = parts[i];
            result[i] = Long.parseLong(v.substring(v.indexOf('=') + 1));
        }
        return result;
    }

    // ---- filter redraw ------------------------------------------------------------------------

    /**
     * Cycles through {@link WindowDriver#filterChanges()} {@code warmRounds} times to warm up, then
     * {@code rounds} times measured, and prints the medians; when the warm-up is long, also how the
     * figure fell during it, five rounds at a time.
     */
    private static void redraw(WindowDriver window, String what, Dataset data, String target, String company,
                               int warmRounds, int rounds) throws Exception {
        window.show(data, what);
        List<String> changes = WindowDriver.filterChanges();
        List<String> warming = new ArrayList<>();
        List<Double> warmTotals = new ArrayList<>();
        for (int warm = 0; warm < warmRounds; warm++) {
            for (String c : changes) {
                warmTotals.add(window.change(c, company).totalNanos() / 1e6);
            }
            if (warm % 5 == 4) {
                warming.add(String.format(Locale.ROOT, "changes %d–%d: %.0f ms", (warm - 4) * changes.size() + 1,
                        (warm + 1) * changes.size(), median(warmTotals)));
                warmTotals.clear();
            }
        }
        List<Double> totals = new ArrayList<>();
        List<Double> computes = new ArrayList<>();
        Map<String, List<Double>> views = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String c : changes) {
                WindowDriver.Redraw r = window.change(c, company);
                totals.add(r.totalNanos() / 1e6);
                computes.add(r.computeNanos() / 1e6);
                r.paintNanos().forEach((v, n) -> views.computeIfAbsent(v, k -> new ArrayList<>()).add(n / 1e6));
            }
        }
        // where the compute goes: the same steps off the window, median over the same changes
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (int round = 0; round < 3; round++) {
            for (String c : changes) {
                WindowDriver.computeSteps(data, c, company)
                        .forEach((s, n) -> steps.computeIfAbsent(s, k -> new ArrayList<>()).add(n / 1e6));
            }
        }
        Map.Entry<String, List<Double>> slowestPaint = views.entrySet().stream()
                .max(Comparator.comparingDouble(e -> median(e.getValue()))).orElseThrow();
        Map.Entry<String, List<Double>> slowestStep = steps.entrySet().stream()
                .max(Comparator.comparingDouble(e -> median(e.getValue()))).orElseThrow();
        double total = median(totals);
        // what the user waits for: the snapshot shown with the view in front painted, and to be safe the
        // slowest tab switch on top (the others paint when shown)
        List<Double> visible = new ArrayList<>();
        for (int i = 0; i < computes.size(); i++) {
            int k = i;
            visible.add(computes.get(i) + views.values().stream().mapToDouble(v -> v.get(k)).max().orElse(0));
        }
        StringBuilder detail = new StringBuilder();
        steps.forEach((s, v) -> detail.append(String.format(Locale.ROOT, "%s %.1f, ", s, median(v))));
        StringBuilder paints = new StringBuilder();
        views.forEach((s, v) -> paints.append(String.format(Locale.ROOT, "%s %.1f, ", s, median(v))));
        System.err.println(what + ": compute steps (ms) " + detail);
        System.err.println(what + ": paint per view (ms) " + paints);
        row("filter change → every view redrawn, " + what, target, String.format(Locale.ROOT,
                "**%.0f ms** median of %d (%s; max %.0f): snapshot shown, view in front painted %.0f ms "
                        + "(slowest step: %s %.0f ms), then switching to each of the %d views %.0f ms (slowest: %s %.0f ms)",
                total, totals.size(), range(totals), maxOf(totals), median(computes),
                slowestStep.getKey(), median(slowestStep.getValue()), views.size(),
                total - median(computes), slowestPaint.getKey(), median(slowestPaint.getValue())));
        row("… the same, until the view in front is redrawn (snapshot with the view in front, + the slowest "
                + "tab switch)", target,
                String.format(Locale.ROOT, "%.0f ms median (%s)", median(visible), range(visible)));
        // the same switches with nothing changed: what Swing, FlatLaf and the X server cost alone
        List<Double> unchanged = new ArrayList<>();
        for (int round = 0; round < changes.size() * rounds; round++) {
            unchanged.add(window.switchWithoutChange() / 1e6);
        }
        row("for comparison: switching to each of the 13 views with nothing changed (the charts drawn from their "
                + "buffers)", "—", String.format(Locale.ROOT, "%.0f ms median of %d (%s)", median(unchanged),
                unchanged.size(), range(unchanged)));
        if (!warming.isEmpty()) {
            row("… every view redrawn while the JIT warms up (median of each 30 changes of the warm-up, the "
                    + "same run)", "—", String.join("; ", warming));
        }
    }

    /**
     * {@code deals} deals between {@code companies} companies over 2015–2026: every type and status,
     * 5 % undisclosed, revenues for nine companies in ten, 40 listed companies with daily prices and a
     * benchmark index.
     */
    public static Dataset generated(int deals, int companies, long seed) {
        Random random = new Random(seed);
        String[] names = new String[companies];
        Map<String, Company> byName = new HashMap<>();
        Map<String, PriceSeries> prices = new HashMap<>();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        LocalDate[] dayArray = days.toArray(new LocalDate[0]);
        prices.put("IDX", new PriceSeries("IDX", dayArray, Benchmarks.walk(random, dayArray.length, 0.009)));
        List<RevenuePeriod> revenues = new ArrayList<>();
        SourceRef origin = new SourceRef("generated", "Deals", 1);
        for (int i = 0; i < companies; i++) {
            names[i] = String.format(Locale.ROOT, "Company %03d", i);
            if (i < 40) {
                String ticker = "T" + i;
                byName.put(names[i], new Company(names[i], List.of(), ticker, "IDX"));
                prices.put(ticker, new PriceSeries(ticker, dayArray, Benchmarks.walk(random, dayArray.length, 0.02)));
            } else {
                byName.put(names[i], Company.named(names[i]));
            }
            if (i % 10 != 9) {
                revenues.add(new RevenuePeriod(names[i], LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                        1e8 * Math.pow(10, random.nextDouble() * 3), RevenuePeriod.REVENUE, origin));
            }
        }
        DealType[] types = DealType.values();
        DealStatus[] statuses = DealStatus.values();
        List<Deal> list = new ArrayList<>(deals);
        int span = dayArray.length;
        for (int i = 0; i < deals; i++) {
            // a few large payers, as in life: a skewed choice of payer
            int a = (int) (companies * Math.pow(random.nextDouble(), 2));
            int b = random.nextInt(companies - 1);
            b = b >= a ? b + 1 : b;
            double amount = random.nextInt(20) == 0 ? Double.NaN : 1e6 * Math.pow(10, random.nextDouble() * 4);
            LocalDate day = dayArray[random.nextInt(span)];
            list.add(new Deal(DealDate.ofDay(day), names[a], names[b], amount, "", "USD",
                    types[random.nextInt(types.length)], random.nextBoolean() ? Double.NaN : 1 + random.nextInt(10),
                    statuses[random.nextInt(statuses.length)], "", "", new SourceRef("generated", "Deals", i + 2)));
        }
        return new Dataset(list, revenues, byName, prices, List.of());
    }

    // ---- cancel ---------------------------------------------------------------------------------

    private static void cancel(Path dir) throws Exception {
        int rows = 500_000;
        Path workbook = dir.resolve("window-deals-" + rows + ".xlsx");
        if (!Files.exists(workbook)) {
            LargeWorkbooks.deals(workbook, rows, 400, 42);
        }
        WindowDriver window = WindowDriver.open();
        List<Double> latencies = new ArrayList<>();
        List<String> progress = window.statusWhileImporting(workbook, 2_000, 100);
        for (long after : new long[] {300, 1_000, 2_000, 4_000, 300, 1_000, 2_000, 4_000}) {
            long ms = window.cancelAfter(workbook, after);
            if (ms >= 0) {
                latencies.add((double) ms);
            }
            System.err.printf(Locale.ROOT, "cancel %d ms into the import: stopped in %d ms%n", after, ms);
        }
        window.close();
        row(String.format(Locale.ROOT, "Cancel → import stopped in the window, %,d-row .xlsx (%.0f MB), "
                        + "pressed 0.3–4 s in", rows, Files.size(workbook) / 1e6), "< 1 s",
                latencies.isEmpty() ? "import finished before Cancel" : String.format(Locale.ROOT,
                        "**max %.0f ms**, median %.0f ms over %d cancels", maxOf(latencies),
                        median(latencies), latencies.size()));
        row("progress shown during that import (status bar, sampled every 100 ms for 2 s)", "shows progress",
                String.join(" → ", progress.stream().distinct().limit(4).toList()).replace("|", "\\|"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void row(String figure, String target, String measured) {
        ROWS.add(new String[] {figure, target, measured});
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String range(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "%.0f–%.0f ms", v[0], v[v.length - 1]);
    }

    private static double maxOf(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
