package org.roundtrip.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The export figures of docs/benchmarks.md ("Export"): the bundled sample exported as a PPTX deck (the
 * target), a PDF report and a folder of images, each the whole process ({@code java -jar}) in a child
 * JVM under GNU time, median of 5 runs of wall time, peak RSS and CPU time (user + system). The JVM's
 * own start ({@code --version}) is measured the same way, as the floor no export can go under. The
 * machine's load average is printed before and after: on a busy 2-core machine wall times move by
 * ±30 %, CPU time much less. Usage: {@code ExportBenchmarks JAR [RUNS]}.
 */
public final class ExportBenchmarks {

    private static final String SAMPLE = "samples/ai-circular-financing.xlsx";
    private static final Map<String, String> ROWS = new LinkedHashMap<>();

    private ExportBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createDirectories(Path.of("target", "bench", "export"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("load average before: " + loadAverage());

        row("`java -jar roundtrip.jar --version` (JVM start, the floor)", "—",
                median(runs, List.of(java, "-jar", jar, "--version")));
        row("`export " + SAMPLE + " --out deck.pptx`", "≤ 5 s wall", median(runs,
                List.of(java, "-jar", jar, "export", SAMPLE, "--out", dir.resolve("deck.pptx").toString())));
        row("`export " + SAMPLE + " --out report.pdf`", "—", median(runs,
                List.of(java, "-jar", jar, "export", SAMPLE, "--out", dir.resolve("report.pdf").toString())));
        row("`export " + SAMPLE + " --out DIR` (PNG, SVG and PDF per chart)", "—", median(runs,
                List.of(java, "-jar", jar, "export", SAMPLE, "--out", dir.resolve("charts").toString())));

        System.out.println("load average after: " + loadAverage());
        System.out.println();
        System.out.println("| figure | target | measured |");
        System.out.println("|---|---|---|");
        ROWS.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
    }

    private static void row(String name, String target, String measured) {
        ROWS.put(name, target + " | " + measured);
        System.out.println(name + ": " + measured);
    }

    /** Median of {@code runs} child processes: wall, peak RSS and CPU, each its own median; or why it failed. */
    private static String median(int runs, List<String> command) throws IOException, InterruptedException {
        double[] wall = new double[runs];
        double[] rss = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] t = ChildProcess.timed(command, 120);
            if (t == null) {
                return ChildProcess.lastFailure();
            }
            wall[i] = t[0];
            rss[i] = t[1];
            cpu[i] = t[2];
        }
        return String.format(Locale.ROOT, "%.2f s wall (%.2f–%.2f), %d MB peak RSS, %.2f s CPU",
                middle(wall), Arrays.stream(wall).min().orElse(0), Arrays.stream(wall).max().orElse(0),
                (long) (middle(rss) / 1024), middle(cpu));
    }

    private static double middle(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).trim().split(" "))
                    .subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
