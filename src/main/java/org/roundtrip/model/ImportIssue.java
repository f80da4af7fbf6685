package org.roundtrip.model;

import java.util.Objects;

/**
 * A cell the importer warns about, or rejects. Every issue names the file, and where it can, the
 * sheet and cell, so that the user can go and fix it.
 *
 * @param severity {@link Severity#WARNING}: imported, but look; {@link Severity#REJECTED}: the row was not imported
 * @param file     the file's name without its folder, never null
 * @param sheet    the sheet's name, or null for a CSV file or an issue about the whole file
 * @param cell     the A1-style reference ("D7"), or null for an issue about a whole sheet or file
 * @param value    the cell's text as displayed, "" when empty; null for an issue about a whole file
 * @param message  what is wrong, in words a finance user understands, never null
 * @param order    reading position used to sort issues (file, sheet, row, column)
 */
public record ImportIssue(Severity severity, String file, String sheet, String cell, String value, String message,
                          Order order) {

    public enum Severity { WARNING, REJECTED }

    /** Reading position: file index, sheet index (-1 for the file itself), 0-based row and column (-1 when none). */
    public record Order(int file, int sheet, int row, int column) implements Comparable<Order> {
        @Override
        public int compareTo(Order o) {
            int c = Integer.compare(file, o.file);
            if (c == 0) c = Integer.compare(sheet, o.sheet);
            if (c == 0) c = Integer.compare(row, o.row);
            if (c == 0) c = Integer.compare(column, o.column);
            return c;
        }
    }

    public ImportIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(order, "order");
    }

    public boolean isRejected() {
        return severity == Severity.REJECTED;
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (sheet != null) where.append(" › ").append(sheet);
        if (cell != null) where.append(" › ").append(cell);
        return where + ": " + message;
    }
}
