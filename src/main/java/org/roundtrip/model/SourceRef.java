package org.roundtrip.model;

/**
 * Where a row came from, so that every figure can be traced back to the workbook.
 *
 * @param file  the file's name without its folder, never null
 * @param sheet the sheet's name, or null for a CSV file
 * @param row   the 1-based row number as Excel shows it
 */
public record SourceRef(String file, String sheet, int row) {

    @Override
    public String toString() {
        return (sheet == null ? file : file + " › " + sheet) + " row " + row;
    }
}
