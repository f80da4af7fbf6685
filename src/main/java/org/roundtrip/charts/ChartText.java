package org.roundtrip.charts;

import org.roundtrip.model.DealType;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every word and number the charts write, in one language: texts from
 * {@code org/roundtrip/charts/chart-text{,_fr}.properties} (MessageFormat patterns, so an apostrophe is
 * written {@code ''}), and amounts, ratios, percentages and dates the way that language writes them.
 * English is the default: any language without a bundle of its own gets English, texts and numbers alike.
 */
public final class ChartText {

    static final String BUNDLE = "org.roundtrip.charts.chart-text";

    /** English, as the charts have always been written: {@code "322 bn USD"}, {@code "7.2×"}, {@code "+35.9%"}. */
    public static final ChartText ENGLISH = new ChartText(Locale.ENGLISH);

    /** French: {@code "322 Md USD"}, {@code "7,2×"}, {@code "+35,9 %"}, {@code "6 oct. 2025"}. */
    public static final ChartText FRENCH = new ChartText(Locale.FRENCH);

    /** The no-break space French puts before {@code %}, {@code :} and {@code ;}, and inside figures. */
    private static final char NBSP = '\u00a0';

    private final Locale locale;
    private final boolean french;
    private final ResourceBundle bundle;

    private ChartText(Locale locale) {
        this.locale = locale;
        this.french = locale.getLanguage().equals(Locale.FRENCH.getLanguage());
        // no fallback to the JVM's default locale: English asked for is English, even on a French desktop
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The charts' text in {@code locale}'s language: French for any French locale, English otherwise. */
    public static ChartText of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return locale.getLanguage().equals(Locale.FRENCH.getLanguage()) ? FRENCH : ENGLISH;
    }

    /** The language's locale: {@link Locale#ENGLISH} or {@link Locale#FRENCH}. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text under {@code key} with its {@code {0}}, {@code {1}}… filled in. Arguments are written
     * with {@link String#valueOf(Object)}, never MessageFormat's own number format, so a year stays
     * {@code 2030}: format figures with this class's methods before passing them.
     *
     * @throws java.util.MissingResourceException when no bundle has {@code key}
     */
    public String text(String key, Object... args) {
        return fill(bundle.getString(key), args);
    }

    /** The MessageFormat pattern under {@code key} itself, for a label that is filled in later with {@link #fill}. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /** {@code pattern} (from {@link #pattern}) filled in; arguments written as {@link #text} writes them. */
    public static String fill(String pattern, Object... args) {
        Object[] written = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(written);
    }

    /** The label of a deal type: {@code "cloud contract"}, {@code "contrat cloud"}. */
    public String dealType(DealType type) {
        return text("dealType." + type.name());
    }

    /** US dollars with a scale word: {@code "322 bn USD"}, {@code "322 Md USD"}. */
    public String usd(double usd) {
        return french ? number(usd) + " USD" : FigureText.usd(usd);
    }

    /**
     * A compact amount without currency: {@code "322 bn"}, {@code "1.9 bn"}, {@code "870 m"} in English;
     * {@code "322 Md"}, {@code "1,9 Md"}, {@code "870 M"}, {@code "1200 Md"} in French (where "billion"
     * is a thousand times the English one, so trillions stay in Md).
     */
    public String number(double usd) {
        if (!french) {
            return FigureText.number(usd);
        }
        double a = Math.abs(usd);
        if (a >= 1e9) {
            return decimals(FigureText.trim(usd / 1e9)) + NBSP + "Md";
        }
        if (a >= 1e6) {
            return decimals(FigureText.trim(usd / 1e6)) + NBSP + "M";
        }
        return decimals(String.format(Locale.ROOT, "%.0f", usd));
    }

    /** A ratio as a multiple: {@code "36×"}, {@code "7.2×"} / {@code "7,2×"}. */
    public String times(double ratio) {
        return decimals(FigureText.times(ratio));
    }

    /** A fraction as a signed percentage: {@code "+23.7%"} / {@code "+23,7 %"}. */
    public String signedPercent(double fraction) {
        return french ? decimals(FigureText.signedPercent(fraction).replace("%", NBSP + "%"))
                : FigureText.signedPercent(fraction);
    }

    /** A fraction as a percentage without sign: {@code "48%"} / {@code "48 %"}. */
    public String percent(double fraction) {
        return french ? decimals(FigureText.percent(fraction).replace("%", NBSP + "%")) : FigureText.percent(fraction);
    }

    /** A number with one decimal: {@code "2.3"} / {@code "2,3"}. */
    public String oneDecimal(double value) {
        return decimals(String.format(Locale.ROOT, "%.1f", value));
    }

    /** A day as a sentence writes it: {@code "10 Sep 2025"} / {@code "10 sept. 2025"}. */
    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    /**
     * A day in a list of figures: ISO {@code "2025-09-10"} in English, as the speaker notes always had
     * it; {@code "10 sept. 2025"} in French.
     */
    public String day(LocalDate day) {
        return french ? date(day) : day.toString();
    }

    /** The pattern of a time axis's month ticks: {@code "Sep 2025"} / {@code "sept. 2025"}. */
    String monthPattern() {
        return "MMM yyyy";
    }

    /** A {@link DecimalFormat} of {@code pattern} with this language's digits, decimal mark and percent. */
    DecimalFormat decimalFormat(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    }

    /** A percentage axis or label: {@code "48%"} / {@code "48 %"}; {@code signed} adds {@code +} or {@code -}. */
    DecimalFormat percentFormat(boolean signed) {
        String p = french ? "0" + NBSP + "%" : "0%";
        return decimalFormat(signed ? "+" + p + ";-" + p : p);
    }

    /** French figures: decimal comma, groups of three digits split by a no-break space. */
    private String decimals(String rootFigure) {
        if (!french) {
            return rootFigure;
        }
        StringBuilder out = new StringBuilder(rootFigure.length() + 4);
        int i = 0;
        while (i < rootFigure.length()) {
            char c = rootFigure.charAt(i);
            if (Character.isDigit(c)) {
                int end = i;
                while (end < rootFigure.length() && Character.isDigit(rootFigure.charAt(end))) {
                    end++;
                }
                boolean fraction = i > 0 && rootFigure.charAt(i - 1) == '.';
                String digits = rootFigure.substring(i, end);
                if (!fraction && digits.length() > 4) {  // French leaves 4-digit numbers (and years) whole
                    StringBuilder grouped = new StringBuilder();
                    for (int k = 0; k < digits.length(); k++) {
                        if (k > 0 && (digits.length() - k) % 3 == 0) {
                            grouped.append(NBSP);
                        }
                        grouped.append(digits.charAt(k));
                    }
                    digits = grouped.toString();
                }
                out.append(digits);
                i = end;
            } else {
                out.append(c == '.' ? ',' : c);
                i++;
            }
        }
        return out.toString();
    }
}
