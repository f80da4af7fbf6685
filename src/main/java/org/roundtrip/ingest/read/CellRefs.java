package org.roundtrip.ingest.read;

/** A1-style cell references. */
public final class CellRefs {

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

    /** 0-based column of a reference such as "AB12", or -1 when it has no letters. */
    public static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : col - 1;
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
