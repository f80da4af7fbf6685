package org.roundtrip.ingest;

import org.roundtrip.ingest.sheet.SheetLayout;

import java.util.List;
import java.util.Objects;

/**
 * How a workbook's first rows were read, for the import wizard: each sheet with what it was
 * recognised as, and each previewed cell with how it parsed. Built by
 * {@link Importer#preview(java.nio.file.Path, int, ImportOptions)} from a real import, so the preview
 * never disagrees with what Import does.
 *
 * @param file       the file's name without its folder, never null
 * @param unreadable why the file could not be read at all, or null when it was read
 * @param sheets     the sheets in workbook order (a CSV file has one, named null); empty when unreadable
 * @param result     the import of this file alone, never null
 */
public record WorkbookPreview(String file, String unreadable, List<SheetPreview> sheets, ImportResult result) {

    public WorkbookPreview {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
        sheets = List.copyOf(sheets);
    }

    /**
     * One sheet.
     *
     * @param name   the sheet's name, or null in a CSV file
     * @param layout what the sheet was recognised as and where its columns are, or null when it was
     *               not recognised (and so skipped)
     * @param rows   its first rows in order, blank rows left out
     * @param width  one past the last column that holds a cell in {@code rows}
     */
    public record SheetPreview(String name, SheetLayout layout, List<PreviewRow> rows, int width) {
        public SheetPreview {
            rows = List.copyOf(rows);
        }

        public boolean isRecognised() {
            return layout != null;
        }
    }

    /** What became of a row. */
    public enum RowStatus {
        /** Above the header row (a title), or anywhere in an unrecognised sheet: not read. */
        NOT_READ,
        /** The header row that names the columns. */
        HEADER,
        /** Read into the dataset. */
        IMPORTED,
        /** Not imported because a cell was rejected. */
        REJECTED,
        /** Left out without a rejection: a totals row, a note, a duplicate deal. */
        SKIPPED
    }

    /** How a cell parsed. */
    public enum CellStatus {
        /** Read without remark. */
        OK,
        /** Read, with a warning. */
        WARNING,
        /** Not understood; its row was not imported. */
        REJECTED,
        /** In a column no field claims, or in a row that is not read. */
        IGNORED
    }

    /**
     * A previewed row.
     *
     * @param index  0-based row index (Excel's row number minus one)
     * @param status what became of it
     * @param cells  one per column from 0 to the sheet preview's width, empty cells included
     */
    public record PreviewRow(int index, RowStatus status, List<PreviewCell> cells) {
        public PreviewRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A previewed cell.
     *
     * @param reference A1-style reference ("D7")
     * @param text      the cell's text as displayed, "" when empty
     * @param status    how it parsed
     * @param reason    the warnings or rejection about this cell, joined by new lines; null when none
     */
    public record PreviewCell(String reference, String text, CellStatus status, String reason) {
    }
}
