package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.workspace.Workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM ({@link AutosaveLoop}, SIGKILL via {@link Process#destroyForcibly()}) at a random
 * moment after it has autosaved, as a crash would; then, as the next start does, finds its recovery
 * file, which must open as a workspace holding the import last reported written (or the one being
 * written when the kill came after the move but before the report).
 */
class RecoveryCrashTest {

    private static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");
    private static final Path SMALL = Path.of("src/test/resources/bad-inputs/negative-and-zero-amounts.xlsx");
    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aKilledSessionLeavesARecoveryFileThatOpensWithItsLastImport() throws Exception {
        Map<String, Dataset> reference = Map.of(
                SAMPLE.getFileName().toString(), Importer.importFiles(List.of(SAMPLE), ImportOptions.defaults()).dataset(),
                SMALL.getFileName().toString(), Importer.importFiles(List.of(SMALL), ImportOptions.defaults()).dataset());
        Path recovery = dir.resolve("recovery");
        Path childErr = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        RecoveryStore nextStart = new RecoveryStore(recovery, ProcessHandle.current().pid());
        Random random = new Random();
        long start = System.nanoTime();
        int midWrite = 0;
        int reportedWrites = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-D" + RecoveryStore.DIR_PROPERTY + "=" + recovery,
                    "-cp", System.getProperty("java.class.path"), AutosaveLoop.class.getName(),
                    SAMPLE.toString(), SMALL.toString())
                    .redirectError(ProcessBuilder.Redirect.appendTo(childErr.toFile()))
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> readLines(child, lines));
            reader.start();
            assertThat(lines.poll(30, TimeUnit.SECONDS)).as("child started").startsWith("ready ");
            String first = lines.poll(30, TimeUnit.SECONDS);
            assertThat(first).as("first autosave").startsWith("autosaved 1 ");
            // then a random moment within a few more writes: some kills land inside a write
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join();
            List<String> reported = new ArrayList<>(List.of(first));
            reported.addAll(lines);
            reportedWrites += reported.size();
            String lastReported = reported.get(reported.size() - 1).split(" ")[2];
            int n = Integer.parseInt(reported.get(reported.size() - 1).split(" ")[1]);
            // AutosaveLoop alternates: write n holds SMALL when n is odd, SAMPLE when even
            String inFlight = (n + 1) % 2 == 0 ? SAMPLE.getFileName().toString() : SMALL.getFileName().toString();
            try (var parts = Files.list(recovery)) {
                if (parts.anyMatch(p -> p.getFileName().toString().endsWith(".part"))) {
                    midWrite++;
                }
            }

            List<RecoveryStore.Leftover> found = nextStart.leftovers();
            try (var all = Files.list(recovery)) {
                assertThat(found).as("kill %d: the crashed session's file among %s (%s)", kill, all.toList(), reported)
                        .hasSize(1);
            }
            RecoveryStore.Restored restored = RecoveryStore.read(found.get(0));
            try (Workspace ws = Workspace.openExisting(found.get(0).file())) {
                assertThat(ws.imports()).hasSize(1);
            }
            String holds = restored.files().get(0).getFileName().toString();
            assertThat(holds).as("kill %d: the last import reported, or the one written after it", kill)
                    .isIn(lastReported, inFlight);
            Dataset expected = reference.get(holds);
            assertThat(restored.dataset().deals()).containsExactlyElementsOf(expected.deals());
            assertThat(restored.dataset().revenues()).containsExactlyElementsOf(expected.revenues());
            assertThat(restored.dataset().issues()).containsExactlyElementsOf(expected.issues());
            nextStart.discard(found.get(0));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf("recovery crash test: %d kills in %d s, %d autosaves reported, %d kills inside a write%n",
                KILLS, seconds, reportedWrites, midWrite);
        assertThat(Files.exists(childErr) ? Files.readString(childErr) : "").isEmpty();
        try (var left = Files.list(recovery)) {
            assertThat(left).as("every recovery file and its side files discarded").isEmpty();
        }
    }

    private static void readLines(Process child, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed mid-line; what it printed before is in the queue
        }
    }
}
