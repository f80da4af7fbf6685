package org.roundtrip.ingest.read;

import java.util.Objects;

/**
 * One non-empty cell as stored in the workbook: formula cells carry their cached value. Blank cells
 * (and formula cells whose cached value is empty text) are never delivered.
 */
public final class CellValue {

    /** What the cell holds. */
    public enum Kind {
        /** Text (shared, inline, or a formula's cached text). */
        TEXT,
        /** A number without a date format. */
        NUMBER,
        /** A number with a date format: an Excel date. */
        DATE,
        BOOLEAN,
        /** A cached formula error such as {@code #REF!}; {@link #text()} is the error text. */
        ERROR,
        /** A formula with no cached value at all. */
        NO_CACHED_VALUE
    }

    /** Formats a number cell as Excel would display it; shared per workbook. */
    public interface NumberDisplay {
        String format(double value, int formatIndex, String formatString);

        /** Whether the format shows letters or a currency sign beside the number ("0\" bn\"", "$#,##0"). */
        default boolean addsUnit(int formatIndex, String formatString) {
            String shown = format(1.0, formatIndex, formatString);
            for (int i = 0; i < shown.length(); i++) {
                char c = shown.charAt(i);
                if (Character.isLetter(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                    return true;
                }
            }
            return false;
        }
    }

    private final int column;
    private final Kind kind;
    private final double number;
    private final int formatIndex;
    private final String formatString;
    private final NumberDisplay display;
    private String text;

    private CellValue(int column, Kind kind, String text, double number, int formatIndex, String formatString,
                      NumberDisplay display) {
        this.column = column;
        this.kind = Objects.requireNonNull(kind);
        this.text = text;
        this.number = number;
        this.formatIndex = formatIndex;
        this.formatString = formatString;
        this.display = display;
    }

    public static CellValue text(int column, String text) {
        return new CellValue(column, Kind.TEXT, Objects.requireNonNull(text), Double.NaN, -1, null, null);
    }

    public static CellValue of(int column, Kind kind, String text) {
        return new CellValue(column, kind, text == null ? "" : text, Double.NaN, -1, null, null);
    }

    /**
     * A number cell; its displayed text is computed only when asked for.
     *
     * @param isDate whether its format is a date format
     */
    public static CellValue number(int column, double value, boolean isDate, int formatIndex, String formatString,
                                   NumberDisplay display) {
        return new CellValue(column, isDate ? Kind.DATE : Kind.NUMBER, null, value, formatIndex, formatString, display);
    }

    /** 0-based column index. */
    public int column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.DATE;
    }

    /** The numeric value for {@link Kind#NUMBER} and {@link Kind#DATE} cells, else NaN. */
    public double number() {
        return number;
    }

    /** The cell's text as displayed (numbers formatted with the cell's own format). */
    public String text() {
        if (text == null) {
            text = display == null ? plainNumber(number) : display.format(number, formatIndex, formatString);
        }
        return text;
    }

    /** Whether the number's display format adds letters or a currency sign ("$300B", "300 bn"). */
    public boolean displayAddsUnit() {
        if (kind != Kind.NUMBER || formatString == null || display == null) {
            return false;
        }
        return display.addsUnit(formatIndex, formatString);
    }

    static String plainNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public String toString() {
        return kind + ":" + text();
    }
}
