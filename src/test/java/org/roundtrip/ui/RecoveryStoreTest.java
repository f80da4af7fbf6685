package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recovery files: written as workspaces, found only when their session is gone, discarded. */
class RecoveryStoreTest {

    /** A process id no running process has (Linux's and macOS's ids stay far below it). */
    private static final long DEAD_PID = 4_000_000_000L;
    private static final Path WORKBOOK = Path.of("samples", "ai-circular-financing.xlsx");

    @TempDir
    Path dir;

    private static Dataset sample() {
        return Importer.importFiles(List.of(WORKBOOK), ImportOptions.defaults()).dataset();
    }

    @Test
    void aCrashedSessionsFileIsFoundAndReadsBackItsImport() throws Exception {
        Dataset sample = sample();
        RecoveryStore crashed = new RecoveryStore(dir, DEAD_PID);
        crashed.write(List.of(WORKBOOK), sample, "{\"Deals\":{\"A\":\"date\"}}");

        RecoveryStore next = new RecoveryStore(dir, ProcessHandle.current().pid());
        List<RecoveryStore.Leftover> found = next.leftovers();

        assertThat(found).singleElement().satisfies(l -> assertThat(l.file()).isEqualTo(crashed.sessionFile()));
        RecoveryStore.Restored restored = RecoveryStore.read(found.get(0));
        assertThat(restored.dataset().deals()).containsExactlyElementsOf(sample.deals());
        assertThat(restored.dataset().revenues()).containsExactlyElementsOf(sample.revenues());
        assertThat(restored.dataset().issues()).containsExactlyElementsOf(sample.issues());
        assertThat(restored.files()).containsExactly(WORKBOOK.toAbsolutePath());
        assertThat(restored.mappingJson()).isEqualTo("{\"Deals\":{\"A\":\"date\"}}");
        // an ordinary workspace: File › Open Workspace could read it too
        try (Workspace ws = Workspace.openExisting(found.get(0).file())) {
            assertThat(ws.imports()).hasSize(1);
        }

        next.discard(found.get(0));
        assertThat(next.leftovers()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aRunningSessionsFileIsNotALeftover() throws Exception {
        RecoveryStore running = new RecoveryStore(dir, ProcessHandle.current().pid());
        running.write(List.of(WORKBOOK), sample(), null);

        assertThat(new RecoveryStore(dir, DEAD_PID).leftovers()).isEmpty();
        assertThat(running.leftovers()).as("not its own either").isEmpty();
    }

    @Test
    void aSecondWriteReplacesTheFirstAndDiscardDeletesIt() throws Exception {
        RecoveryStore store = new RecoveryStore(dir, DEAD_PID);
        store.write(List.of(WORKBOOK), sample(), null);
        store.write(List.of(WORKBOOK), Dataset.empty(), null);

        try (Workspace ws = Workspace.openExisting(store.sessionFile())) {
            assertThat(ws.imports()).hasSize(1);
            assertThat(ws.latestImport().orElseThrow().deals()).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(store.sessionFile());
        }
        store.discard();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void importedFilesGoneSinceAreLeftOut() throws Exception {
        Path gone = dir.resolve("gone.xlsx");
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"), DEAD_PID);
        store.write(List.of(gone, WORKBOOK), Dataset.empty(), null);

        RecoveryStore.Restored restored = RecoveryStore.read(
                new RecoveryStore(dir.resolve("recovery"), 1).leftovers().get(0));

        assertThat(restored.files()).containsExactly(WORKBOOK.toAbsolutePath());
    }

    @Test
    void noFolderMeansNoLeftover() throws Exception {
        assertThat(new RecoveryStore(dir.resolve("never-made"), DEAD_PID).leftovers()).isEmpty();
    }

    @Test
    void theFolderIsTheSystemPropertyWhenSet() {
        String before = System.getProperty(RecoveryStore.DIR_PROPERTY);
        try {
            System.setProperty(RecoveryStore.DIR_PROPERTY, dir.toString());
            assertThat(RecoveryStore.forThisProcess().dir()).isEqualTo(dir);
            System.clearProperty(RecoveryStore.DIR_PROPERTY);
            assertThat(RecoveryStore.forThisProcess().dir())
                    .isEqualTo(Path.of(System.getProperty("user.home"), ".roundtrip", "recovery"));
        } finally {
            if (before != null) {
                System.setProperty(RecoveryStore.DIR_PROPERTY, before);
            }
        }
    }
}
