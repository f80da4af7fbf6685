package org.roundtrip.ingest.read;

import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Streams a legacy .xls through HSSF's event API: records are read one at a time and only the
 * current row and the shared strings are kept, so a workbook of 16 full sheets reads in bounded
 * memory (HSSF's user model loads every cell, and refuses more than 5,000,000 records). Each read of
 * a sheet is one pass over the workbook stream, stopping at that sheet's end.
 */
final class XlsEventSource implements WorkbookSource {

    /** Thrown inside a pass to stop it early; never leaves this class. */
    private static final short STOP = 1;

    private final POIFSFileSystem fs;
    private final String password;
    private final List<String> names = new ArrayList<>();
    private final List<List<MergedRegion>> merged = new ArrayList<>();
    private boolean date1904;

    /** Reads the workbook's sheet names, date system and merged regions in one pass. */
    XlsEventSource(POIFSFileSystem fs, String password) throws IOException {
        this.fs = fs;
        this.password = password;
        List<BoundSheetRecord> sheets = new ArrayList<>();
        SheetTracker tracker = new SheetTracker();
        pass(record -> {
            if (tracker.enters(record)) {
                merged.add(new ArrayList<>());
            }
            tracker.leaves(record);
            int sheet = tracker.sheet;
            if (record instanceof BoundSheetRecord b) {
                sheets.add(b);
            } else if (record instanceof DateWindow1904Record d) {
                date1904 = d.getWindowing() == 1;
            } else if (record instanceof MergeCellsRecord m && sheet >= 0 && tracker.inSheet()) {
                for (int i = 0; i < m.getNumAreas(); i++) {
                    CellRangeAddress a = m.getAreaAt(i);
                    merged.get(sheet).add(new MergedRegion(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(),
                            a.getLastColumn()));
                }
            }
            return 0;
        });
        // sheets are stored in the order of their BOF records, which is the workbook's order
        for (BoundSheetRecord b : BoundSheetRecord.orderByBofPosition(sheets)) {
            names.add(b.getSheetname());
        }
        while (merged.size() < names.size()) {
            merged.add(new ArrayList<>());
        }
    }

    /**
     * Follows the workbook's substreams: every top-level BOF after the workbook globals starts a sheet
     * (worksheet, chart sheet or macro sheet, in the order of the sheet list); charts embedded in a
     * sheet open and close nested BOF/EOF pairs that must not end the sheet.
     */
    private static final class SheetTracker {
        int sheet = -1;
        int depth;
        boolean endedSheet;

        /** Counts a BOF; true when it starts a new sheet. */
        boolean enters(Record record) {
            endedSheet = false;
            if (record instanceof BOFRecord bof) {
                boolean starts = depth == 0 && bof.getType() != BOFRecord.TYPE_WORKBOOK;
                if (starts) {
                    sheet++;
                }
                depth++;
                return starts;
            }
            return false;
        }

        /** Counts an EOF; {@link #endedSheet} tells whether it closed the current sheet. */
        void leaves(Record record) {
            if (record instanceof EOFRecord && depth > 0) {
                depth--;
                endedSheet = depth == 0 && sheet >= 0;
            }
        }

        /** Inside a sheet's own records (not the globals, not an embedded chart). */
        boolean inSheet() {
            return sheet >= 0 && depth == 1;
        }
    }

    private interface RecordStep {
        /** @return 0 to go on, non-zero to stop the pass */
        short on(Record record);
    }

    private void pass(RecordStep step) throws IOException {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(new AbortableHSSFListener() {
            @Override
            public short abortableProcessRecord(Record record) {
                return step.on(record);
            }
        });
        passWith(request);
    }

    private void passWith(HSSFRequest request) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs.getRoot());
        } catch (HSSFUserException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public List<MergedRegion> mergedRegions(int sheet) {
        return List.copyOf(merged.get(sheet));
    }

    @Override
    public void read(int sheet, int rowLimit, RowSink sink) throws UnreadableFileException {
        RowReader reader = new RowReader(sheet, rowLimit, sink);
        HSSFRequest request = new HSSFRequest();
        reader.formats = new FormatTrackingHSSFListener(record -> { }, Locale.US);
        request.addListenerForAllRecords(new AbortableHSSFListener() {
            @Override
            public short abortableProcessRecord(Record record) {
                reader.formats.processRecordInternally(record);
                return reader.on(record);
            }
        });
        try {
            passWith(request);
        } catch (SinkFailure e) {
            throw e.sinkException();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("sheet \"" + names.get(sheet) + "\" is damaged ("
                    + XlsxSource.plain(e) + ")", e);
        }
    }

    /** Collects the cells of one sheet row by row and hands each finished row to the sink. */
    private final class RowReader {
        private final int target;
        private final int rowLimit;
        private final RowSink sink;
        private final FormattedNumbers display = new FormattedNumbers(date1904);
        FormatTrackingHSSFListener formats;
        private SSTRecord strings;
        private final SheetTracker tracker = new SheetTracker();
        private int row = -1;
        private CellValue[] cells = new CellValue[16];
        private int maxColumn = -1;
        /** A formula whose cached text comes in the next StringRecord. */
        private FormulaRecord pendingFormula;

        RowReader(int target, int rowLimit, RowSink sink) {
            this.target = target;
            this.rowLimit = rowLimit;
            this.sink = sink;
        }

        short on(Record record) {
            if (record instanceof SSTRecord sst) {
                strings = sst;
                return 0;
            }
            tracker.enters(record);
            tracker.leaves(record);
            if (tracker.sheet > target) {
                return STOP;
            }
            if (tracker.sheet != target) {
                return 0;
            }
            if (tracker.endedSheet) {
                flush();
                return STOP;
            }
            if (!tracker.inSheet()) {
                return 0;
            }
            if (record instanceof StringRecord s && pendingFormula != null) {
                FormulaRecord f = pendingFormula;
                pendingFormula = null;
                String text = s.getString();
                return text == null || text.isEmpty() ? 0 : put(f, CellValue.text(f.getColumn(), text));
            }
            pendingFormula = null;
            if (!(record instanceof CellValueRecordInterface cell)) {
                return 0;
            }
            CellValue value = value(record, cell);
            return value == null ? 0 : put(cell, value);
        }

        private CellValue value(Record record, CellValueRecordInterface cell) {
            int column = cell.getColumn();
            if (record instanceof NumberRecord n) {
                return number(column, n.getValue(), cell);
            }
            if (record instanceof LabelSSTRecord l) {
                if (strings == null || l.getSSTIndex() < 0 || l.getSSTIndex() >= strings.getNumUniqueStrings()) {
                    return CellValue.of(column, CellValue.Kind.ERROR, "#REF!");
                }
                String s = strings.getString(l.getSSTIndex()).getString();
                return s == null || s.isEmpty() ? null : CellValue.text(column, s);
            }
            if (record instanceof LabelRecord l) {
                String s = l.getValue();
                return s == null || s.isEmpty() ? null : CellValue.text(column, s);
            }
            if (record instanceof BoolErrRecord b) {
                return b.isBoolean() ? CellValue.of(column, CellValue.Kind.BOOLEAN, b.getBooleanValue() ? "TRUE" : "FALSE")
                        : CellValue.of(column, CellValue.Kind.ERROR, errorText(b.getErrorValue()));
            }
            if (record instanceof FormulaRecord f) {
                CellType type = f.getCachedResultTypeEnum();
                switch (type) {
                    case NUMERIC -> {
                        return number(column, f.getValue(), cell);
                    }
                    case STRING -> {
                        pendingFormula = f;
                        return null;
                    }
                    case BOOLEAN -> {
                        return CellValue.of(column, CellValue.Kind.BOOLEAN, f.getCachedBooleanValue() ? "TRUE" : "FALSE");
                    }
                    case ERROR -> {
                        return CellValue.of(column, CellValue.Kind.ERROR, errorText(f.getCachedErrorValue()));
                    }
                    default -> {
                        return null;
                    }
                }
            }
            return null;
        }

        private CellValue number(int column, double value, CellValueRecordInterface cell) {
            int index = formats.getFormatIndex(cell);
            String format = formats.getFormatString(cell);
            boolean isDate = format != null && DateUtil.isADateFormat(index, format);
            return CellValue.number(column, value, isDate, index, format, display);
        }

        private String errorText(int code) {
            try {
                return FormulaError.forInt(code).getString();
            } catch (IllegalArgumentException e) {
                return "#N/A";
            }
        }

        /** Puts a cell in the current row, first handing the previous row to the sink when the row changes. */
        private short put(CellValueRecordInterface cell, CellValue value) {
            int r = cell.getRow();
            if (r != row) {
                if (!flush()) {
                    return STOP;
                }
                if (r >= rowLimit) {
                    return STOP;
                }
                row = r;
            }
            int c = value.column();
            if (c >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(c + 1, cells.length * 2));
            }
            cells[c] = value;
            maxColumn = Math.max(maxColumn, c);
            return 0;
        }

        /** Hands the collected row to the sink; false when the sink wants no more. */
        private boolean flush() {
            if (maxColumn < 0) {
                return true;
            }
            SheetRow done = new SheetRow(row, Arrays.copyOf(cells, maxColumn + 1));
            Arrays.fill(cells, 0, maxColumn + 1, null);
            maxColumn = -1;
            return SinkFailure.deliver(sink, done);
        }
    }

    @Override
    public void close() {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
