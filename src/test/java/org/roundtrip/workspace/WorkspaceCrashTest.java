package org.roundtrip.workspace;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM with SIGKILL ({@link Process#destroyForcibly()}) at random moments while it runs
 * {@code import} in a loop into one workspace, 20 to 30 times, and shows that the workspace then
 * opens, passes SQLite's integrity check and holds exactly the imports that had finished, each whole.
 */
class WorkspaceCrashTest {

    /** Deals per file: enough that a good share of each import is spent writing its rows. */
    private static final int DEALS = 4000;

    /** The whole test stays under a minute even on a slow, shared machine. */
    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(55);

    @TempDir
    Path dir;

    /** Two versions of one deals file, differing in one amount, so that every import is a new one. */
    private Path dealsCsv(String name, int changedAmount) throws IOException {
        StringBuilder csv = new StringBuilder("Date,Payer,Recipient,Amount (USD bn),Status\n");
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < DEALS; i++) {
            // Payers never receive: the graph has no cycle, so the summary stays cheap.
            csv.append(day.plusDays(i)).append(",Payer ").append(i % 12).append(",Recipient ").append(i % 17)
                    .append(',').append(i == 0 ? changedAmount : 1 + i % 50).append(",signed\n");
        }
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(90)
    void killedImportsLeaveAWholeWorkspaceWithEveryFinishedImport() throws Exception {
        Path a = dealsCsv("deals-a.csv", 10);
        Path b = dealsCsv("deals-b.csv", 20);
        Map<String, Dataset> reference = Map.of(
                "deals-a.csv", Importer.importFiles(List.of(a), ImportOptions.defaults()).dataset(),
                "deals-b.csv", Importer.importFiles(List.of(b), ImportOptions.defaults()).dataset());
        Path ws = dir.resolve("crash.roundtrip");
        Path journal = dir.resolve("crash.roundtrip-journal");
        Path childErr = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Random random = new Random();
        int target = 20 + random.nextInt(11);
        long start = System.nanoTime();
        long firstImportNanos = 0;
        long overheadNanos = 0;
        int kills = 0;
        int hotJournals = 0;
        int committedUnseen = 0;
        int expected = 0;
        while (kills < target && System.nanoTime() - start < BUDGET_NANOS) {
            long spawned = System.nanoTime();
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), ImportLoop.class.getName(),
                    ws.toString(), a.toString(), b.toString())
                    .redirectError(ProcessBuilder.Redirect.appendTo(childErr.toFile()))
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> readLines(child, lines));
            reader.start();
            assertThat(lines.poll(30, TimeUnit.SECONDS)).as("child started").isEqualTo("ready");
            long ready = System.nanoTime();
            List<String> committed = new ArrayList<>();
            if (kills == 0) {
                // The first child finishes one import, which times a cold one on this machine's current load.
                String first = lines.poll(30, TimeUnit.SECONDS);
                assertThat(first).as("first import").isEqualTo("committed 1");
                committed.add(first);
                firstImportNanos = System.nanoTime() - ready;
                Thread.sleep(random.nextInt(1 + (int) TimeUnit.NANOSECONDS.toMillis(firstImportNanos)));
            } else {
                // A random moment within about two imports, shortened when the budget runs low: kills land
                // while the workbook is read, while rows are written, between imports.
                long left = BUDGET_NANOS - (System.nanoTime() - start);
                long allowance = left / (target - kills) - overheadNanos;
                long window = Math.max(1, Math.min(2 * firstImportNanos, allowance));
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis((long) (random.nextDouble() * window)));
            }
            long killed = System.nanoTime();
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join();
            kills++;
            committed.addAll(lines);
            if (Files.exists(journal) && Files.size(journal) > 0) {
                hotJournals++; // killed inside a save: SQLite must roll it back on the next open
            }
            int printed = committed.size();
            try (Workspace w = Workspace.open(ws)) {
                int n = w.imports().size();
                // The child may die after its commit but before its line reaches us: at most one such import.
                assertThat(n).as("imports after kill %d (%d reported)", kills, printed)
                        .isBetween(expected + printed, expected + printed + 1);
                committedUnseen += n - expected - printed;
                for (int i = 0; i < printed; i++) {
                    assertThat(committed.get(i)).isEqualTo("committed " + (expected + i + 1));
                }
                expected = n;
            }
            assertThat(integrityCheck(ws)).isEqualTo("ok");
            // What a cycle costs besides the wait: starting a JVM, and checking the workspace after the kill.
            overheadNanos = Math.max(overheadNanos, (ready - spawned) + (System.nanoTime() - killed));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf("crash test: %d kills (target %d) in %d s, first import %d ms, %d inside a save"
                + " (hot journal), %d imports kept, %d committed just before the kill%n", kills, target, seconds,
                TimeUnit.NANOSECONDS.toMillis(firstImportNanos), hotJournals, expected, committedUnseen);
        assertThat(Files.exists(childErr) ? Files.readString(childErr) : "").isEmpty();
        assertThat(kills).isBetween(20, 30);
        assertThat(expected).isPositive();
        try (Workspace w = Workspace.open(ws)) {
            for (ImportRecord r : w.imports()) {
                Datasets.assertSame(w.dataset(r.id()), reference.get(r.files().get(0).name()));
            }
        }
    }

    private static void readLines(Process child, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The child was killed mid-line; what it printed before is in the queue.
        }
    }

    private static String integrityCheck(Path ws) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }
}
