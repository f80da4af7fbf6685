package org.roundtrip.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A whole process under GNU time, as every whole-process figure of the benchmarks is measured. */
final class ChildProcess {

    /** Why the last run failed, for the tables. */
    private static String lastFailure = "failed";

    private ChildProcess() {
    }

    /**
     * Runs {@code command} under {@code /usr/bin/time}, its output discarded: {wall s, peak RSS KB,
     * user + system CPU s}, or null when it failed or ran past {@code timeoutSeconds} (see {@link #lastFailure()}).
     */
    static double[] timed(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path report = Files.createTempFile("bench", ".time");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", report.toString()));
        full.addAll(command);
        Path errors = Files.createTempFile("bench", ".err");
        Process p = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile()).start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                lastFailure = "still running after " + timeoutSeconds + " s";
                return null;
            }
            List<String> lines = Files.readAllLines(report);
            List<String> stderr = Files.readAllLines(errors);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
            if (p.exitValue() != 0 || !last.matches("[0-9.]+ [0-9]+ [0-9.]+ [0-9.]+")) {
                lastFailure = "dies: " + stderr.stream().filter(l -> !l.startsWith("\tat ")).findFirst()
                        .orElse("exit " + p.exitValue());
                return null;
            }
            String[] parts = last.split(" ");
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                Double.parseDouble(parts[2]) + Double.parseDouble(parts[3])};
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(errors);
        }
    }

    /** Why the last {@link #timed} run gave null. */
    static String lastFailure() {
        return lastFailure;
    }
}
