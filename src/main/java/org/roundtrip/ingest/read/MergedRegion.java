package org.roundtrip.ingest.read;

/** A merged block of cells; 0-based, inclusive. The value sits in its top-left cell. */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses "A1:F1"; null when malformed or beyond column XFD. */
    public static MergedRegion parse(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String a = ref.substring(0, colon);
        String b = ref.substring(colon + 1);
        int r1 = CellRefs.rowOf(a);
        int c1 = CellRefs.columnOf(a);
        int r2 = CellRefs.rowOf(b);
        int c2 = CellRefs.columnOf(b);
        if (r1 < 0 || c1 < 0 || r2 < r1 || c2 < c1 || c2 > CellRefs.MAX_COLUMN) {
            return null;
        }
        return new MergedRegion(r1, r2, c1, c2);
    }
}
