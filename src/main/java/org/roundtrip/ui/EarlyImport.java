package org.roundtrip.ui;

import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The first import of a start, begun on its own thread before the window is built, so that reading
 * the workbook (POI's classes, the XML) overlaps building and showing the window instead of
 * following it; the window takes it over as if it had started it ({@link MainWindow#open}). Cancel
 * works as for any import: the window names what to poll once it exists.
 */
final class EarlyImport {

    private final List<Path> files;
    private final AtomicReference<BooleanSupplier> cancelled = new AtomicReference<>(() -> false);
    private final FutureTask<ImportResult> task;

    private EarlyImport(List<Path> files) {
        this.files = List.copyOf(files);
        this.task = new FutureTask<>(() -> Importer.importFiles(this.files,
                new ImportOptions(null, null, () -> cancelled.get().getAsBoolean(), null, null)));
    }

    /** Starts importing {@code files} now, on a thread of its own. */
    static EarlyImport start(List<Path> files) {
        EarlyImport early = new EarlyImport(files);
        Thread t = new Thread(early.task, "roundtrip-first-import");
        t.setDaemon(true);
        t.start();
        return early;
    }

    List<Path> files() {
        return files;
    }

    /** Waits for the import, polling {@code cancel} from now on; as {@link Importer#importFiles} otherwise. */
    ImportResult await(BooleanSupplier cancel) throws InterruptedException, ExecutionException {
        cancelled.set(cancel);
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;  // as a SwingWorker running the import itself would see it
            }
            throw e;
        }
    }
}
