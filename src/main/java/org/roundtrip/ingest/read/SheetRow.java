package org.roundtrip.ingest.read;

/** One row of a sheet: its 0-based index and its non-empty cells indexed by column. */
public final class SheetRow {

    private static final CellValue[] NONE = new CellValue[0];

    private final int index;
    private final CellValue[] cells;

    public SheetRow(int index, CellValue[] cells) {
        this.index = index;
        this.cells = cells == null ? NONE : cells;
    }

    /** 0-based row index (Excel's row number minus one). */
    public int index() {
        return index;
    }

    /** The cell at a 0-based column, or null when empty. */
    public CellValue cell(int column) {
        return column >= 0 && column < cells.length ? cells[column] : null;
    }

    /** One past the last column that may hold a cell. */
    public int width() {
        return cells.length;
    }


    /** The displayed text at a column, "" when empty. */
    public String text(int column) {
        CellValue v = cell(column);
        return v == null ? "" : v.text();
    }

    public boolean isBlank() {
        for (CellValue c : cells) {
            if (c != null && !(c.kind() == CellValue.Kind.TEXT && c.text().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The first non-empty cell, or null. */
    public CellValue first() {
        for (CellValue c : cells) {
            if (c != null && !(c.kind() == CellValue.Kind.TEXT && c.text().isBlank())) {
                return c;
            }
        }
        return null;
    }

    /** Number of non-empty cells. */
    public int count() {
        int n = 0;
        for (CellValue c : cells) {
            if (c != null && !(c.kind() == CellValue.Kind.TEXT && c.text().isBlank())) {
                n++;
            }
        }
        return n;
    }
}
