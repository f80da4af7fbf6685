package org.roundtrip.ingest.cell;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit and currency taken from a column header ("Amount (USD bn)" gives the words "USD bn") or
 * from a currency column ("USD bn"). Cells that write their own unit or currency override it.
 *
 * @param multiplier what a bare number in the column is multiplied by: 1.0 when no unit, 1e9 for "bn";
 *                   always positive and finite
 * @param currency   the ISO 4217 code in upper case, or null when the words name no currency
 */
public record UnitHint(double multiplier, String currency) {

    /** No unit and no currency: numbers are read as written, the currency is decided elsewhere. */
    public static final UnitHint NONE = new UnitHint(1.0, null);

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+\\$?|[$€£¥₹₩₽₺₪]");

    public UnitHint {
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be positive and finite: " + multiplier);
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO code in upper case: " + currency);
        }
    }

    /**
     * Reads unit and currency words such as "usd bn", "(USD bn)", "USDbn", "md $", "Md$", "mds €", "eur m", "k",
     * "JPY bn", "in billions", "en milliards d'euros". Words that are neither a unit nor a currency are
     * ignored, so a whole header may be given; when several units (or currencies) are named, the
     * first wins. Never throws; null or blank words give {@link #NONE}.
     *
     * <p>Units: k / thousand(s) = 10^3; M, m, mn, mm, million(s) = 10^6; B, bn, Md, Mds, Mrd,
     * milliard(s) = 10^9; T, tn, trillion(s) = 10^12; the word billion(s) is 10^9, or 10^12 when
     * {@code french}. Currencies: $, US$, dollars → USD; €, euros → EUR; £ → GBP; ¥, yen → JPY; and
     * ISO codes (common ones such as usd, eur, chf in any case, the others in capitals).
     *
     * @param words  the header's unit words, or a currency column's cell; may be null
     * @param french whether the sheet is French (then "billion(s)" means 10^12)
     */
    public static UnitHint parse(String words, boolean french) {
        if (words == null || words.isBlank()) {
            return NONE;
        }
        double multiplier = 0;
        String currency = null;
        Matcher m = WORD.matcher(Text.stripAccents(words));
        while (m.find()) {
            String token = m.group();
            String[] parts = token.length() > 1 && token.endsWith("$") && MoneyWords.currency(token) == null
                    ? new String[] {token.substring(0, token.length() - 1), "$"} // "Md$": a unit glued to "$"
                    : gluedCurrencyAndUnit(token);
            for (String part : parts) {
                double unit = MoneyWords.unit(part.toLowerCase(Locale.ROOT), french);
                String code = unit > 0 ? null : MoneyWords.currency(part);
                if (unit > 0 && multiplier == 0) {
                    multiplier = unit;
                }
                if (code != null && currency == null) {
                    currency = code;
                }
            }
        }
        return new UnitHint(multiplier == 0 ? 1.0 : multiplier, currency);
    }

    /** "USDbn" → "USD", "bn"; any other word as it is. */
    private static String[] gluedCurrencyAndUnit(String token) {
        if (token.length() > 3 && MoneyWords.currency(token) == null
                && MoneyWords.currency(token.substring(0, 3)) != null
                && MoneyWords.unit(token.substring(3).toLowerCase(Locale.ROOT), false) > 0) {
            return new String[] {token.substring(0, 3), token.substring(3)};
        }
        return new String[] {token};
    }
}
