package org.roundtrip.ingest.cell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain number written as text, for rates, closing prices and terms: "1.08", "1,234.5",
 * "1 234,5", "1.234.567", "-3", "(3)" (accounting negative). A separator followed by exactly three
 * digits is a thousands separator ("6,300" and "6.300" are 6300), except a comma in a French sheet
 * ("6,300" is 6.3 there) and except after a lone 0 ("0.300" is 0.3). A currency symbol or code around
 * the number is ignored ("$182.50", "1,08 USD"). A percentage is rejected.
 */
public final class NumberParser {

    static final String NOT_A_NUMBER = "not a number: expected a number such as 1.08, 1,234.5 or 1 234,5";

    /** Grouping characters between thousands: space, no-break space, narrow no-break space, thin space, apostrophe. */
    static final String GROUP_CHARS = " \u00a0\u202f\u2009'";

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:\\.\\d+)?[eE][+-]?\\d{1,3}");
    private static final Pattern SPACE_GROUPED =
            Pattern.compile("(\\d{1,3}(?:[" + GROUP_CHARS + "]\\d{3})+)(?:[.,](\\d+))?");
    private static final Pattern PLAIN = Pattern.compile("\\d*(?:[.,]\\d+)*");
    private static final Pattern LEADING_SYMBOL = Pattern.compile("^(?:[A-Za-z]{0,2}\\$|[€£¥]|[A-Za-z]{3})\\s*");
    private static final Pattern TRAILING_SYMBOL = Pattern.compile("\\s*(?:[$€£¥]|[A-Za-z]{3})$");

    private NumberParser() {
    }

    /**
     * Parses a plain number. Never throws.
     *
     * @param text        the cell's text; null or blank is rejected
     * @param frenchSheet whether the sheet is French (then "6,300" is 6.3)
     * @return the number (may be negative), or a rejection in a finance user's words
     */
    public static Parsed<Double> parse(String text, boolean frenchSheet) {
        if (text == null || text.isBlank()) {
            return Parsed.rejected("empty: expected a number");
        }
        String t = Text.foldSpaces(Text.stripAccents(text));
        if (t.contains("%")) {
            return Parsed.rejected("a percentage is not accepted here: expected a plain number such as 1.08");
        }
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1).strip();
        }
        t = stripCurrency(t);
        if (t.startsWith("-") || t.startsWith("−") || t.startsWith("+")) {
            negative ^= t.charAt(0) != '+';
            t = stripCurrency(t.substring(1).strip());
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1))) {
            return Parsed.rejected(NOT_A_NUMBER);
        }
        Double value = digits(t, frenchSheet);
        if (value == null || value.isInfinite()) {
            return Parsed.rejected(NOT_A_NUMBER);
        }
        return Parsed.ok(negative ? -value : value);
    }

    private static String stripCurrency(String t) {
        Matcher lead = LEADING_SYMBOL.matcher(t);
        if (lead.find() && MoneyWords.currency(lead.group().strip()) != null) {
            t = t.substring(lead.end());
        }
        Matcher trail = TRAILING_SYMBOL.matcher(t);
        if (trail.find() && MoneyWords.currency(trail.group().strip()) != null) {
            t = t.substring(0, trail.start());
        }
        return t.strip();
    }

    /**
     * The value of a run of digits and separators, or null when the separators are misplaced
     * ("1,23,4"). Rules in the class comment.
     *
     * @param raw          digits with {@code , . } and grouping spaces only, as cut out by a lexer
     * @param commaDecimal whether a comma before exactly three digits is a decimal comma (a French sheet or cell)
     */
    static Double digits(String raw, boolean commaDecimal) {
        if (SCIENTIFIC.matcher(raw).matches()) {
            return Double.parseDouble(raw);
        }
        String whole;
        String fraction = null;
        Matcher spaced = SPACE_GROUPED.matcher(raw);
        if (spaced.matches()) {
            whole = spaced.group(1).replaceAll("[" + GROUP_CHARS + "]", "");
            fraction = spaced.group(2);
        } else if (!PLAIN.matcher(raw).matches() || raw.isEmpty()) {
            return null;
        } else {
            int commas = count(raw, ',');
            int dots = count(raw, '.');
            if (commas > 0 && dots > 0) {
                int decimalAt = Math.max(raw.lastIndexOf(','), raw.lastIndexOf('.'));
                char decimal = raw.charAt(decimalAt);
                char thousands = decimal == ',' ? '.' : ',';
                if (count(raw, decimal) != 1) {
                    return null;
                }
                whole = grouped(raw.substring(0, decimalAt), thousands);
                fraction = raw.substring(decimalAt + 1);
            } else if (commas + dots == 0) {
                whole = raw;
            } else {
                char separator = commas > 0 ? ',' : '.';
                if (commas + dots > 1) {
                    whole = grouped(raw, separator);
                } else {
                    int at = raw.indexOf(separator);
                    String left = raw.substring(0, at);
                    String right = raw.substring(at + 1);
                    boolean thousands = right.length() == 3 && !left.isEmpty() && left.length() <= 3
                            && !left.equals("0") && !(separator == ',' && commaDecimal);
                    whole = thousands ? left + right : left;
                    fraction = thousands ? null : right;
                }
            }
        }
        if (whole == null) {
            return null;
        }
        String number = (whole.isEmpty() ? "0" : whole) + (fraction == null ? "" : "." + fraction);
        return Double.parseDouble(number);
    }

    /** Digits grouped by threes with {@code separator} ("1,234,567"), without it; null when misgrouped. */
    private static String grouped(String s, char separator) {
        String[] groups = s.split(Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
