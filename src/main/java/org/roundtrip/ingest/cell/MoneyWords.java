package org.roundtrip.ingest.cell;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The unit and currency words shared by {@link UnitHint} and {@link AmountParser}: "bn", "Md",
 * "milliards", "$", "US$", "EUR", "euros"… One place, so that a header and a cell read the same words
 * the same way.
 */
final class MoneyWords {

    /** Unit words (lower case, accents stripped) and their multipliers; "billion(s)" is handled apart. */
    private static final Map<String, Double> UNITS = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("thousand", 1e3), Map.entry("thousands", 1e3),
            Map.entry("milliers", 1e3),
            Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("mm", 1e6), Map.entry("mln", 1e6),
            Map.entry("mio", 1e6), Map.entry("million", 1e6), Map.entry("millions", 1e6),
            Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
            Map.entry("md", 1e9), Map.entry("mds", 1e9), Map.entry("mrd", 1e9), Map.entry("mrds", 1e9),
            Map.entry("milliard", 1e9), Map.entry("milliards", 1e9),
            Map.entry("t", 1e12), Map.entry("tn", 1e12), Map.entry("trillion", 1e12), Map.entry("trillions", 1e12));

    /** Unit words that make a cell French (DESIGN.md: milliard(s), Md, Mds). */
    private static final Set<String> FRENCH_UNITS = Set.of("md", "mds", "milliard", "milliards");

    /** Currency words and symbols (lower case, accents stripped) and their ISO codes. */
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("us", "USD"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("yen", "JPY"), Map.entry("yens", "JPY"),
            Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"),
            Map.entry("hk$", "HKD"), Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"), Map.entry("r$", "BRL"),
            Map.entry("₹", "INR"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"), Map.entry("₺", "TRY"),
            Map.entry("₪", "ILS"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"));

    /**
     * ISO codes read in any case. Other ISO 4217 codes count only when written in capitals, because
     * many are ordinary words in lower case ("all", "top", "try", "ils", "rub").
     */
    private static final Set<String> COMMON_CODES = Set.of(
            "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD", "HKD", "SGD", "SEK", "NOK", "DKK",
            "KRW", "INR", "BRL", "MXN", "ZAR", "TWD", "NZD", "SAR", "AED", "PLN");

    private MoneyWords() {
    }

    /**
     * The multiplier of a unit word, or 0 when it is none.
     *
     * @param word   lower case, accents stripped
     * @param french whether "billion(s)" means 10^12 (the long scale of French)
     */
    static double unit(String word, boolean french) {
        if (word.equals("billion") || word.equals("billions")) {
            return french ? 1e12 : 1e9;
        }
        Double m = UNITS.get(word);
        return m == null ? 0 : m;
    }

    static boolean isBillionWord(String word) {
        return word.equals("billion") || word.equals("billions");
    }

    static boolean isFrenchUnit(String word) {
        return FRENCH_UNITS.contains(word);
    }

    /**
     * The ISO code a currency word or symbol stands for, or null.
     *
     * @param written the word as written (case kept, accents stripped); a symbol may carry a prefix ("US$")
     */
    static String currency(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        String code = CURRENCY_WORDS.get(lower);
        if (code != null) {
            return code;
        }
        if (lower.length() != 3 || !lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        String upper = written.toUpperCase(Locale.ROOT);
        if (COMMON_CODES.contains(upper)) {
            return upper;
        }
        if (written.equals(upper) && isIsoCode(upper)) {
            return upper;
        }
        return null;
    }

    private static boolean isIsoCode(String upper) {
        try {
            Currency.getInstance(upper);
            return true;
        } catch (IllegalArgumentException notACode) {
            return false;
        }
    }
}
