package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The autosave writes only a changed unsaved import, and deletes its file once all is saved or at exit. Headless. */
class AutosaveTest {

    private static final Path WORKBOOK = Path.of("samples", "ai-circular-financing.xlsx");

    @TempDir
    Path dir;

    @Test
    void writesWhenTheImportChangesAndDeletesWhenSavedOrStopped() throws Exception {
        Dataset sample = Importer.importFiles(List.of(WORKBOOK), ImportOptions.defaults()).dataset();
        RecoveryStore store = new RecoveryStore(dir, 4_000_000_000L);
        AtomicReference<Autosave.Unsaved> unsaved = new AtomicReference<>(
                new Autosave.Unsaved(List.of(WORKBOOK), sample, null));
        List<String> failures = new ArrayList<>();
        Autosave autosave = new Autosave(store, unsaved::get, failures::add);

        SwingUtilities.invokeAndWait(autosave::writeIfChanged);
        awaitFile(store.sessionFile(), true);
        Files.setLastModifiedTime(store.sessionFile(), FileTime.fromMillis(0));
        SwingUtilities.invokeAndWait(autosave::writeIfChanged);
        Thread.sleep(300);
        assertThat(Files.getLastModifiedTime(store.sessionFile()).toMillis()).as("unchanged: not written again")
                .isZero();

        unsaved.set(null);
        SwingUtilities.invokeAndWait(autosave::writeIfChanged);
        awaitFile(store.sessionFile(), false);

        unsaved.set(new Autosave.Unsaved(List.of(WORKBOOK), Dataset.empty(), null));
        SwingUtilities.invokeAndWait(() -> {
            autosave.writeIfChanged();
            autosave.stop();
        });
        // the delete asked at exit runs after the write asked before it
        awaitFile(store.sessionFile(), false);
        Thread.sleep(300);
        assertThat(store.sessionFile()).doesNotExist();
        assertThat(failures).isEmpty();
    }

    private static void awaitFile(Path file, boolean exists) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (Files.exists(file) != exists && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.exists(file)).as(file + (exists ? " written" : " deleted")).isEqualTo(exists);
    }
}
