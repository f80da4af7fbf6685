package org.roundtrip.ui;

import org.roundtrip.charts.ChartText;

import java.util.Locale;

/**
 * How the window writes amounts and returns. Table cells hold {@link Usd} and {@link Percent} so that
 * they sort by value and read as text.
 */
final class Figures {

    private Figures() {
    }

    /**
     * An amount in US dollars that sorts by value and shows as "300.0 bn USD"; {@code NaN} is an
     * undisclosed amount, shown in words and sorted after every known one.
     */
    record Usd(double value) implements Comparable<Usd> {
        @Override
        public int compareTo(Usd o) {
            return Double.compare(value, o.value);
        }

        @Override
        public String toString() {
            return Double.isNaN(value) ? Messages.get("undisclosed") : money(value);
        }
    }

    /** A deal's or cycle's amount: "undisclosed" in words rather than an empty cell. */
    static Usd disclosedOrNot(Double value) {
        return new Usd(value == null ? Double.NaN : value);
    }

    /** A fraction that sorts by value and shows as "+23.7 %". */
    record Percent(double fraction) implements Comparable<Percent> {
        @Override
        public int compareTo(Percent o) {
            return Double.compare(fraction, o.fraction);
        }

        @Override
        public String toString() {
            return percent(fraction);
        }
    }

    /** Null for an undisclosed ({@code NaN}) or unknown amount, so the cell stays empty. */
    static Usd usd(Double value) {
        return value == null || value.isNaN() ? null : new Usd(value);
    }

    static Percent fraction(Double value) {
        return value == null || value.isNaN() ? null : new Percent(value);
    }

    /** Whether the window speaks French (the UI language is the default locale, set at start). */
    private static boolean french() {
        return Locale.getDefault().getLanguage().equals(Locale.FRENCH.getLanguage());
    }

    static String money(double usd) {
        if (french()) {
            return ChartText.FRENCH.usd(usd); // "523,3 Md USD", the way the French charts write it
        }
        double a = Math.abs(usd);
        if (a >= 1e12) return String.format(Locale.ROOT, "%.2f tn USD", usd / 1e12);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.1f bn USD", usd / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.1f m USD", usd / 1e6);
        return String.format(Locale.ROOT, "%.0f USD", usd);
    }

    /** A ratio with one decimal: "35.8×", or "35,8×" in French. */
    static String times(double ratio) {
        String s = String.format(Locale.ROOT, "%.1f×", ratio);
        return french() ? s.replace('.', ',') : s;
    }

    static String percent(double fraction) {
        if (french()) {
            return ChartText.FRENCH.signedPercent(fraction);
        }
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }
}
