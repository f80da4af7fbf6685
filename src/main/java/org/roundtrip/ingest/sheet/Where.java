package org.roundtrip.ingest.sheet;

import org.roundtrip.ingest.read.CellRefs;

/**
 * A cell's place in the files being imported, for issues and for messages that point at an earlier
 * cell ("replaces Revenues!E4").
 *
 * @param fileIndex  position of the file on the command line
 * @param file       the file's name without folder
 * @param sheetIndex position of the sheet in its workbook
 * @param sheet      the sheet's name, null for CSV
 * @param row        0-based row
 * @param column     0-based column
 */
public record Where(int fileIndex, String file, int sheetIndex, String sheet, int row, int column) {

    public String cell() {
        return CellRefs.cell(column, row);
    }

    /** "Deals!B5" within the same file as {@code from}, else "other.xlsx › Deals!B5". */
    public String describeFrom(String fromFile) {
        String local = sheet == null ? cell() : sheet + "!" + cell();
        return file.equals(fromFile) ? local : file + " › " + local;
    }
}
