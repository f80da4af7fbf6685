package org.roundtrip.ingest.read;

/** A1-style cell references. */
public final class CellRefs {

    /** Excel's last column, XFD, 0-based. */
    public static final int MAX_COLUMN = 16_383;

    private CellRefs() {
    }

    /** "A" for 0, "Z" for 25, "AA" for 26. */
    public static String column(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    /** "B7" for column 1, row 6 (both 0-based). */
    public static String cell(int column, int row) {
        return column(column) + (row + 1);
    }

    /**
     * 0-based column of a reference such as "AB12", or -1 when it has no letters. A reference beyond
     * XFD gives a column above {@link #MAX_COLUMN} (not its exact value, so that a long run of letters
     * in a hostile file cannot overflow).
     */
    public static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length() && letter(ref.charAt(i)) > 0; i++) {
            col = withLetter(col, ref.charAt(i));
        }
        return i == 0 ? -1 : col - 1;
    }

    /** {@link #columnOf(String)} of the reference in {@code text[start] … text[end − 1]}. */
    static int columnOf(char[] text, int start, int end) {
        int col = 0;
        int i = start;
        for (; i < end && letter(text[i]) > 0; i++) {
            col = withLetter(col, text[i]);
        }
        return i == start ? -1 : col - 1;
    }

    /** 1 for A or a … 26 for Z or z; 0 for anything else. */
    private static int letter(char ch) {
        return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 1 : ch >= 'a' && ch <= 'z' ? ch - 'a' + 1 : 0;
    }

    /** The 1-based column so far followed by one more letter, held just above XFD once beyond it. */
    private static int withLetter(int col, char ch) {
        return col > MAX_COLUMN + 1 ? col : col * 26 + letter(ch);
    }

    /** 0-based row of a reference such as "AB12", or -1 when it has no digits. */
    public static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        if (i == ref.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(ref.substring(i)) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
