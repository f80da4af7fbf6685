package org.roundtrip.charts;

import java.util.Locale;

/** How charts and their takeaways write amounts, ratios and returns: short, in a finance reader's words. */
public final class FigureText {

    private FigureText() {
    }

    /** US dollars with a scale word: {@code 3.22E11 → "322 bn USD"}, {@code 4.0E10 → "40 bn USD"}. */
    public static String usd(double usd) {
        return number(usd) + " USD";
    }

    /** A compact amount without currency: {@code "322 bn"}, {@code "1.9 bn"}, {@code "870 m"}. */
    public static String number(double usd) {
        double a = Math.abs(usd);
        if (a >= 1e12) {
            return trim(usd / 1e12) + " tn";
        }
        if (a >= 1e9) {
            return trim(usd / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return trim(usd / 1e6) + " m";
        }
        return String.format(Locale.ROOT, "%,.0f", usd);
    }

    /**
     * A ratio as a multiple, to two significant figures or so: {@code 35.78 → "36×"},
     * {@code 7.16 → "7.2×"}, {@code 0.05 → "0.05×"}.
     */
    public static String times(double ratio) {
        double a = Math.abs(ratio);
        String format = a >= 10 ? "%.0f" : a >= 1 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, format, ratio) + "×";
    }

    /** A fraction as a signed percentage with one decimal: {@code 0.237 → "+23.7%"}. */
    public static String signedPercent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    /** A fraction as a percentage without sign, no decimal from 10 %: {@code 5.23 → "523%"}. */
    public static String percent(double fraction) {
        double p = fraction * 100;
        return (Math.abs(p) >= 10 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p))
                + "%";
    }

    /** Three significant figures at most, without a trailing ".0": 322, 40, 1.9, 0.87. */
    static String trim(double v) {
        double a = Math.abs(v);
        String s = a >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : a >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        if (s.indexOf('.') >= 0) {
            // trailing zeros, then a bare point (no regular expressions: axis labels call this at every paint)
            int end = s.length();
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            s = s.substring(0, end);
        }
        return s;
    }
}
