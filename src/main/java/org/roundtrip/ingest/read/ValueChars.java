package org.roundtrip.ingest.read;

import org.roundtrip.ingest.cell.Decimals;

/**
 * Reads the text of a cell's {@code <v>} straight from the XML parser's character buffer, so that
 * the millions of shared-string indexes and plain numbers of a big sheet need no String each. Only
 * the simple forms are read here; anything else is left to the caller's general path.
 */
final class ValueChars {

    /** Returned by {@link #number} for text it leaves to {@link Double#parseDouble}. */
    static final double NOT_SIMPLE = Double.NaN;

    private ValueChars() {
    }

    /**
     * A shared-string index written as decimal digits (spaces around allowed), or -1: never throws,
     * and never more than nine digits.
     */
    static int index(char[] text, int start, int length) {
        int end = start + length;
        while (start < end && text[start] == ' ') {
            start++;
        }
        while (end > start && text[end - 1] == ' ') {
            end--;
        }
        if (start == end || end - start > 9) {
            return -1;
        }
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The value of a number written as Excel writes most of them ("45123", "-12.5", "1.5E-3"), when it
     * has at most 15 significant digits and a power of ten within ±22: then one IEEE multiplication
     * or division of two exact doubles gives the correctly rounded value, the same double as
     * {@link Double#parseDouble}. Anything else gives {@link #NOT_SIMPLE}.
     */
    static double number(char[] text, int start, int length) {
        int end = start + length;
        while (start < end && text[start] <= ' ') {
            start++;
        }
        while (end > start && text[end - 1] <= ' ') {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa != 0 || c != '0') {
                    if (++significant > 15) {
                        return NOT_SIMPLE;
                    }
                    mantissa = mantissa * 10 + (c - '0');
                }
                if (point) {
                    scale--;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return NOT_SIMPLE;
        }
        if (i < end) {
            if (text[i] != 'E' && text[i] != 'e') {
                return NOT_SIMPLE;
            }
            i++;
            boolean negativeExponent = false;
            if (i < end && (text[i] == '-' || text[i] == '+')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            if (i == end || end - i > 3) {
                return NOT_SIMPLE;
            }
            int exponent = 0;
            for (; i < end; i++) {
                char c = text[i];
                if (c < '0' || c > '9') {
                    return NOT_SIMPLE;
                }
                exponent = exponent * 10 + (c - '0');
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        double value;
        if (mantissa == 0) {
            value = 0.0;
        } else if (scale >= 0 && scale <= Decimals.MAX_EXACT_POWER) {
            value = mantissa * Decimals.exactPowerOfTen(scale);
        } else if (scale < 0 && -scale <= Decimals.MAX_EXACT_POWER) {
            value = mantissa / Decimals.exactPowerOfTen(-scale);
        } else {
            return NOT_SIMPLE;
        }
        return negative ? -value : value;
    }
}
