package org.roundtrip.ingest.read;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

    /** A sheet of {@code rows} one-cell rows that fails after {@code failAfter} rows when asked to. */
    private static final class FakeSheet implements WorkbookSource {
        final int rows;
        final int failAfter;
        final long size;
        final AtomicInteger produced = new AtomicInteger();
        volatile Thread readOn;

        FakeSheet(int rows, int failAfter, long size) {
            this.rows = rows;
            this.failAfter = failAfter;
            this.size = size;
        }

        @Override
        public List<String> sheetNames() {
            return List.of("Deals");
        }

        @Override
        public boolean date1904() {
            return false;
        }

        @Override
        public List<MergedRegion> mergedRegions(int sheet) {
            return List.of();
        }

        @Override
        public long sizeHint(int sheet) {
            return size;
        }

        @Override
        public void read(int sheet, int rowLimit, RowSink sink) throws UnreadableFileException {
            readOn = Thread.currentThread();
            for (int r = 0; r < rows; r++) {
                if (r == failAfter) {
                    throw new UnreadableFileException("sheet \"Deals\" is damaged (at row " + (r + 1) + ")");
                }
                produced.incrementAndGet();
                if (!sink.row(new SheetRow(r, new CellValue[] {CellValue.text(0, "row " + r)}))) {
                    return;
                }
            }
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aBigSheetArrivesWholeAndInOrderFromASecondThread() throws Exception {
        FakeSheet sheet = new FakeSheet(20_000, -1, ReadAhead.MIN_BYTES);
        List<Integer> seen = new ArrayList<>();
        ReadAhead.read(sheet, 0, row -> seen.add(row.index()));
        assertThat(seen).hasSize(20_000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
        assertThat(sheet.readOn).isNotSameAs(Thread.currentThread());
    }

    @Test
    void aSmallSheetIsReadOnTheCallersThread() throws Exception {
        FakeSheet sheet = new FakeSheet(10, -1, ReadAhead.MIN_BYTES - 1);
        List<Integer> seen = new ArrayList<>();
        ReadAhead.read(sheet, 0, row -> seen.add(row.index()));
        assertThat(seen).hasSize(10);
        assertThat(sheet.readOn).isSameAs(Thread.currentThread());
    }

    @Test
    void aDamagedSheetDeliversTheRowsBeforeTheDamageThenSaysSo() {
        FakeSheet sheet = new FakeSheet(20_000, 5_000, Long.MAX_VALUE);
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.read(sheet, 0, row -> seen.add(row.index())))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("at row 5001");
        assertThat(seen).hasSize(5_000);
    }

    @Test
    void whatTheSinkThrowsStopsTheReaderAndReachesTheCaller() {
        FakeSheet sheet = new FakeSheet(1_000_000, -1, Long.MAX_VALUE);
        IllegalStateException cancel = new IllegalStateException("cancelled");
        assertThatThrownBy(() -> ReadAhead.read(sheet, 0, row -> {
            if (row.index() == 1_000) {
                throw cancel;
            }
            return true;
        })).isSameAs(cancel);
        // the reader stops within the batches it had queued: nowhere near the end of the sheet
        assertThat(sheet.produced.get()).isLessThan(100_000);
    }

    @Test
    void aSinkThatSaysStopStopsTheReader() throws Exception {
        FakeSheet sheet = new FakeSheet(1_000_000, -1, Long.MAX_VALUE);
        List<Integer> seen = new ArrayList<>();
        ReadAhead.read(sheet, 0, row -> seen.add(row.index()) && row.index() < 99);
        assertThat(seen).hasSize(100);
        assertThat(sheet.produced.get()).isLessThan(100_000);
    }
}
