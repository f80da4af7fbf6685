package org.roundtrip.ui;

import org.roundtrip.charts.ChartTheme;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The workbooks a start opens (the bundled sample, or the files named on the command line), read and
 * made into the first snapshot on a thread of their own while the event thread builds the window.
 * Reading the workbook and making its charts (most of it loading POI's and JFreeChart's classes) no
 * longer waits for the window to be built. The two share two cores, so it is a trade: measured on
 * the installed app, the sample's first chart shows ~60 ms sooner and the window itself ~130 ms
 * later, still under half a second (docs/benchmarks.md, "cold start").
 *
 * <p>Nothing here touches Swing. The window takes the import with {@link #result} as it would take
 * its own, with its own Cancel and progress, and asks for its first snapshot with {@link #snapshotFor}:
 * the one made here is used only when it was made from exactly what the window asks for (the same
 * dataset, nothing to compare with, no filter, default choices, the same theme); anything else is
 * computed as usual.
 */
final class StartAhead {

    private final List<Path> files;
    private final boolean sample;
    private final ChartTheme theme;
    private final CompletableFuture<ImportResult> imported = new CompletableFuture<>();
    private final CompletableFuture<ViewSnapshot> first = new CompletableFuture<>();
    /** The window's Cancel and progress once it has taken the import; until then nothing cancels. */
    private volatile BooleanSupplier cancelled = () -> false;
    private volatile ImportOptions.ImportProgress progress = ImportOptions.ImportProgress.NONE;

    private StartAhead(List<Path> files, boolean sample, ChartTheme theme) {
        this.files = files;
        this.sample = sample;
        this.theme = theme;
    }

    /**
     * Starts reading {@code files}, or the bundled sample when there are none. Returns null when the
     * start opens something else than workbooks (a workspace), or the sample could not be copied out:
     * the window then opens them itself and says what went wrong.
     */
    static StartAhead begin(List<Path> files, ChartTheme theme) {
        if (files.stream().anyMatch(f -> f.toString().endsWith(org.roundtrip.workspace.Workspace.EXTENSION))) {
            return null;
        }
        boolean sample = files.isEmpty();
        List<Path> read = files;
        if (sample) {
            try {
                Path copied = copySample();
                if (copied == null) {
                    return null;
                }
                read = List.of(copied);
            } catch (IOException e) {
                return null;
            }
        }
        StartAhead ahead = new StartAhead(List.copyOf(read), sample, theme);
        Thread t = new Thread(ahead::run, "roundtrip-start");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    /** The bundled sample copied to a temporary file (deleted on exit), or null when the app has none. */
    static Path copySample() throws IOException {
        try (InputStream in = StartAhead.class.getResourceAsStream(MainWindow.SAMPLE_RESOURCE)) {
            if (in == null) {
                return null;
            }
            Path dir = Files.createTempDirectory("roundtrip-sample");
            Path file = dir.resolve("ai-circular-financing.xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        }
    }

    private void run() {
        ImportResult result;
        try {
            result = Importer.importFiles(files, new ImportOptions(null,
                    (file, count, name, rows) -> progress.update(file, count, name, rows),
                    () -> cancelled.getAsBoolean(), null, null));
        } catch (RuntimeException | Error e) {
            imported.completeExceptionally(e);
            first.complete(null);
            return;
        }
        imported.complete(result);
        if (result.nothingRead()) {
            first.complete(null);
            return;
        }
        try {
            first.complete(ViewSnapshot.compute(result.dataset(), null, DashboardFilter.none(),
                    ViewSnapshot.Choices.defaults(), theme));
        } catch (RuntimeException | Error e) {
            first.complete(null);  // the window computes it again and reports the failure itself
        }
    }

    List<Path> files() {
        return files;
    }

    boolean isSample() {
        return sample;
    }

    /**
     * The import, waited for on the caller's (background) thread, with the window's Cancel and
     * progress from now on; throws what {@link Importer#importFiles} would have thrown.
     */
    ImportResult result(BooleanSupplier cancel, ImportOptions.ImportProgress shown) throws InterruptedException {
        cancelled = Objects.requireNonNull(cancel);
        progress = Objects.requireNonNull(shown);
        try {
            return imported.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e.getCause();
        }
    }

    /**
     * The snapshot made here, when it was made from exactly these inputs (waited for), else null.
     * Called off the event thread.
     */
    ViewSnapshot snapshotFor(Dataset data, Dataset before, DashboardFilter filter, ViewSnapshot.Choices choices,
                             ChartTheme asked) {
        ImportResult result = imported.getNow(null);
        if (result == null || result.dataset() != data || before != null || !DashboardFilter.none().equals(filter)
                || !ViewSnapshot.Choices.defaults().equals(choices) || asked != theme) {
            return null;
        }
        return first.join();  // completed with null, never exceptionally, when none could be made
    }
}
