package org.roundtrip.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a big sheet on a second thread while the caller imports its rows: parsing the sheet XML and
 * importing rows take about as long as each other, and a desktop has more than one core. Rows pass
 * in batches through a small bounded queue, so memory stays that of a few thousand rows. What the
 * reader throws reaches the caller as {@link WorkbookSource#read} would throw it; when the caller's
 * sink throws (the user's Cancel), the reader stops within a batch.
 */
public final class ReadAhead {

    /** Sheets smaller than this (uncompressed) are read on the caller's thread: a thread costs more. */
    public static final long MIN_BYTES = 4L * 1024 * 1024;

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;
    private static final List<SheetRow> END = List.of();

    private ReadAhead() {
    }

    /** Reads every row of a sheet into {@code sink}, on a second thread when the sheet is big. */
    public static void read(WorkbookSource source, int sheet, WorkbookSource.RowSink sink) throws UnreadableFileException {
        if (source.sizeHint(sheet) < MIN_BYTES) {
            source.read(sheet, sink);
            return;
        }
        BlockingQueue<List<SheetRow>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Reader reader = new Reader(source, sheet, queue);
        Thread thread = new Thread(reader, "roundtrip-read-ahead");
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try {
            while (true) {
                List<SheetRow> batch = queue.take();
                if (batch == END) {
                    break;
                }
                for (SheetRow row : batch) {
                    if (!sink.row(row)) {
                        return;
                    }
                }
            }
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a sheet", e);
        } finally {
            reader.stopped = true;
            queue.clear();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (finished && reader.failure != null) {
            if (reader.failure instanceof UnreadableFileException u) {
                throw u;
            }
            if (reader.failure instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) reader.failure;
        }
    }

    private static final class Reader implements Runnable {
        private final WorkbookSource source;
        private final int sheet;
        private final BlockingQueue<List<SheetRow>> queue;
        volatile boolean stopped;
        /** What reading threw; read by the caller after the end marker or the join. */
        volatile Throwable failure;
        private List<SheetRow> batch = new ArrayList<>(BATCH);

        Reader(WorkbookSource source, int sheet, BlockingQueue<List<SheetRow>> queue) {
            this.source = source;
            this.sheet = sheet;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                source.read(sheet, row -> {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        hand(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                    return !stopped;
                });
            } catch (UnreadableFileException | RuntimeException | Error e) {
                failure = e;
            } finally {
                // the rows read before a failure are imported, as when reading on one thread
                hand(batch);
                hand(END);
            }
        }

        /** Puts a batch on the queue, giving up once the caller has stopped taking them. */
        private void hand(List<SheetRow> rows) {
            try {
                while (!stopped && !queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                    // the caller is busy importing; wait for room
                }
            } catch (InterruptedException e) {
                stopped = true;
            }
        }
    }
}
