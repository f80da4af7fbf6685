package org.roundtrip.ui;

import org.roundtrip.model.Dataset;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes the window's unsaved import to its {@link RecoveryStore} every {@link #INTERVAL_MILLIS}
 * when it changed, and deletes the recovery file once the work is saved or the window closes cleanly.
 *
 * <p>The timer and every method run on the event thread; the file work runs on one background thread,
 * in the order asked, so a delete asked after a write always lands after it. That thread is not a
 * daemon: a delete asked at exit finishes before the program ends.
 */
final class Autosave {

    /** How often the unsaved import is written, in milliseconds. */
    static final int INTERVAL_MILLIS = 30_000;

    /** The import not saved in a workspace: its files, rows and column mapping (null when none). */
    record Unsaved(List<Path> files, Dataset dataset, String mappingJson) {
    }

    private final RecoveryStore store;
    private final Supplier<Unsaved> unsaved;
    private final Consumer<String> onFailure;
    private final Timer timer;
    private final ThreadPoolExecutor io = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "roundtrip-autosave");
        t.setDaemon(false);
        return t;
    });
    /** The dataset last handed to the writer, or null when the recovery file is deleted or was never written. */
    private Dataset written;

    /**
     * @param unsaved   asked on the event thread: the import to keep, or null when everything is saved
     * @param onFailure told, on the event thread, why a recovery file could not be written
     */
    Autosave(RecoveryStore store, Supplier<Unsaved> unsaved, Consumer<String> onFailure) {
        this.store = store;
        this.unsaved = unsaved;
        this.onFailure = onFailure;
        io.allowCoreThreadTimeOut(true);
        timer = new Timer(INTERVAL_MILLIS, e -> writeIfChanged());
    }

    RecoveryStore store() {
        return store;
    }

    void start() {
        timer.start();
    }

    /** Writes the unsaved import when it is not the one written last; deletes the file when all is saved. */
    void writeIfChanged() {
        Unsaved now = unsaved.get();
        if (now == null) {
            if (written != null) {
                discard();
            }
            return;
        }
        if (now.dataset() == written) {
            return;
        }
        written = now.dataset();
        inBackground(() -> {
            try {
                store.write(now.files(), now.dataset(), now.mappingJson());
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> onFailure.accept(FailureText.of(e)));
            }
        });
    }

    /** Deletes this session's recovery file (everything is saved, or the user chose not to keep it). */
    void discard() {
        written = null;
        inBackground(() -> {
            try {
                store.discard();
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> onFailure.accept(FailureText.of(e)));
            }
        });
    }

    /** Deletes a crashed session's file, after any write asked before (a restored import is written first). */
    void discard(RecoveryStore.Leftover leftover) {
        inBackground(() -> {
            try {
                store.discard(leftover);
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> onFailure.accept(FailureText.of(e)));
            }
        });
    }

    /** Queues file work; after {@link #stop()} there is none left to do. */
    private void inBackground(Runnable work) {
        if (!io.isShutdown()) {
            io.execute(work);
        }
    }

    /** At a clean exit: no more writes; this session's file is deleted before the program ends. */
    void stop() {
        timer.stop();
        discard();
        io.shutdown();
    }
}
