package org.roundtrip.ingest.read;

import java.io.Closeable;
import java.util.List;

/**
 * A readable workbook (xlsx, xls or csv) as a list of sheets, each read as a stream of rows.
 * Opening it has already checked that the file is a workbook; reading a sheet may still fail on a
 * damaged part, with an {@link UnreadableFileException}.
 */
public interface WorkbookSource extends Closeable {

    /**
     * Receives rows in order; returns false to stop reading the sheet. What it throws (such as a
     * cancelled import) reaches the caller of {@code read} unchanged.
     */
    @FunctionalInterface
    interface RowSink {
        boolean row(SheetRow row);
    }

    /** Sheet names in workbook order; a CSV file has one sheet whose name is null. */
    List<String> sheetNames();

    /** Whether dates are counted from 1904 (old Mac workbooks). */
    boolean date1904();

    /**
     * Merged regions of a sheet that start in its first rows (where headers are), or an empty list
     * when not known without reading the whole sheet.
     */
    List<MergedRegion> mergedRegions(int sheet) throws UnreadableFileException;

    /** Streams the rows of a sheet, top to bottom, skipping empty rows. */
    default void read(int sheet, RowSink sink) throws UnreadableFileException {
        read(sheet, Integer.MAX_VALUE, sink);
    }

    /**
     * Streams the rows of a sheet whose 0-based index is below {@code rowLimit}, top to bottom,
     * skipping empty rows. Reading stops at the limit even when no row reaches the sink, so that
     * looking at the top of a sheet formatted a million rows down stays quick.
     */
    void read(int sheet, int rowLimit, RowSink sink) throws UnreadableFileException;

    /**
     * About how many bytes a sheet's rows take to read (uncompressed), or -1 when not known without
     * reading it: big sheets are read ahead on a second thread ({@link ReadAhead}).
     */
    default long sizeHint(int sheet) {
        return -1;
    }

    @Override
    void close();
}
