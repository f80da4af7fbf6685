package org.roundtrip.ingest.cell;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.RevenuePeriod;

/**
 * The words of a deal row other than amounts and dates: its type, status and term, and a revenue row's
 * metric, in English or French, in any case, with or without accents (DESIGN.md "Values").
 */
public final class DealWords {

    private static final Map<String, DealType> TYPES = new HashMap<>();
    private static final Map<String, DealStatus> STATUSES = new HashMap<>();
    private static final Set<String> REVENUE_WORDS = Set.of(
            "revenue", "revenues", "sales", "net sales", "turnover", "chiffre d'affaires", "chiffre d affaires",
            "chiffres d'affaires", "ca", "c a", "ventes");
    private static final Pattern TERM = Pattern.compile("(.*?\\d)\\s*([a-z]*)");
    private static final Set<String> YEAR_WORDS = Set.of(
            "", "y", "yr", "yrs", "year", "years", "an", "ans", "annee", "annees", "a");
    private static final Set<String> MONTH_WORDS = Set.of("m", "mo", "mos", "month", "months", "mois");
    private static final String NOT_A_TERM = "not a term: expected years such as 5, 5 years, 18 months or 18 mois";

    static {
        for (DealType type : DealType.values()) {
            putType(type.label(), type);
            putType(type.name(), type);
        }
        putType("investissement", DealType.EQUITY_INVESTMENT);
        putType("prise de participation", DealType.EQUITY_INVESTMENT);
        putType("investment", DealType.EQUITY_INVESTMENT);
        putType("equity", DealType.EQUITY_INVESTMENT);
        putType("stake", DealType.EQUITY_INVESTMENT);
        putType("bon de souscription", DealType.EQUITY_WARRANT);
        putType("bon de souscription d'actions", DealType.EQUITY_WARRANT);
        putType("warrant", DealType.EQUITY_WARRANT);
        putType("contrat cloud", DealType.CLOUD_CONTRACT);
        putType("credits cloud", DealType.CLOUD_CREDITS);
        putType("cloud credit", DealType.CLOUD_CREDITS);
        putType("achat de puces", DealType.CHIP_PURCHASE);
        putType("chip", DealType.CHIP_PURCHASE);
        putType("garantie de capacite", DealType.CAPACITY_BACKSTOP);
        putType("backstop", DealType.CAPACITY_BACKSTOP);
        putType("acquisition", DealType.ACQUISITION);
        putType("autre", DealType.OTHER);

        for (String w : new String[] {"signed", "signe", "signee", "signes", "signees"}) {
            STATUSES.put(w, DealStatus.SIGNED);
        }
        for (String w : new String[] {"announced", "annonce", "annoncee", "annonces", "annoncees"}) {
            STATUSES.put(w, DealStatus.ANNOUNCED);
        }
        for (String w : new String[] {"talks", "in talks", "en discussion", "en discussions", "en negociation",
                "en negociations", "negotiation", "negotiations", "in negotiation", "in negotiations",
                "discussion", "discussions"}) {
            STATUSES.put(w, DealStatus.TALKS);
        }
    }

    private DealWords() {
    }

    private static void putType(String words, DealType type) {
        TYPES.put(singular(Text.normalise(words)), type);
    }

    /** Each word without a plural "s": "achats de puces" and "achat de puces" meet at "achat de puce". */
    private static String singular(String normalised) {
        StringBuilder out = new StringBuilder();
        for (String word : normalised.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
            out.append(plural ? word.substring(0, word.length() - 1) : word);
        }
        return out.toString();
    }

    /**
     * The deal type: the English labels of {@link DealType} ("cloud contract"), the enum names
     * ("CLOUD_CONTRACT"), the French words (investissement, prise de participation, bon de
     * souscription, contrat cloud, crédits cloud, achat de puces, garantie de capacité, acquisition,
     * autre), and their plurals. Never throws.
     *
     * @param text the cell's text; null or blank gives {@link DealType#OTHER} without a warning
     * @return the type; an unknown word gives {@link DealType#OTHER} with a warning, never a rejection
     */
    public static Parsed<DealType> type(String text) {
        String key = singular(Text.normalise(text));
        if (key.isEmpty()) {
            return Parsed.ok(DealType.OTHER);
        }
        DealType type = TYPES.get(key);
        if (type == null) {
            return Parsed.warn(DealType.OTHER, "unknown deal type \"" + Text.foldSpaces(text) + "\": counted as other");
        }
        return Parsed.ok(type);
    }

    /**
     * The deal status: signed / signé(e)(s); announced / annoncé(e)(s); talks / in talks / en
     * discussion(s) / en négociation(s) / negotiation(s). Never throws.
     *
     * @param text the cell's text; null or blank gives {@link DealStatus#ANNOUNCED}
     * @return the status, or a rejection when the word is unknown
     */
    public static Parsed<DealStatus> status(String text) {
        String key = Text.normalise(text);
        if (key.isEmpty()) {
            return Parsed.ok(DealStatus.ANNOUNCED);
        }
        DealStatus status = STATUSES.get(key);
        if (status == null) {
            return Parsed.rejected("unknown status \"" + Text.foldSpaces(text)
                    + "\": expected signed, announced or talks (signé, annoncé, en discussion)");
        }
        return Parsed.ok(status);
    }

    /**
     * A contract's term in years: "5", "5 years", "5 yrs", "2.5", "5 ans", "18 months" / "18 mois"
     * (1.5 years). Numbers are read as by {@link NumberParser}. Never throws.
     *
     * @param text        the cell's text; null or blank gives NaN (no term)
     * @param frenchSheet whether the sheet is French (for "1,500" style numbers)
     * @return the term in years (0 or more; NaN when empty), or a rejection when negative or not a term
     */
    public static Parsed<Double> termYears(String text, boolean frenchSheet) {
        String folded = Text.fold(text);
        if (folded.isEmpty()) {
            return Parsed.ok(Double.NaN);
        }
        Matcher m = TERM.matcher(folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded);
        if (!m.matches()) {
            return Parsed.rejected(NOT_A_TERM);
        }
        String unit = m.group(2);
        double perYear;
        if (YEAR_WORDS.contains(unit)) {
            perYear = 1;
        } else if (MONTH_WORDS.contains(unit)) {
            perYear = 12;
        } else {
            return Parsed.rejected(NOT_A_TERM);
        }
        Parsed<Double> number = NumberParser.parse(m.group(1), frenchSheet);
        if (number.isRejected()) {
            return Parsed.rejected(NOT_A_TERM);
        }
        double years = number.value() / perYear;
        if (years < 0) {
            return Parsed.rejected("negative term: a term is 0 years or more");
        }
        return Parsed.ok(years == 0 ? 0.0 : years);
    }

    /**
     * A revenue row's metric: revenue, revenues, sales, net sales, turnover, chiffre d'affaires, CA,
     * ventes, or empty give {@link RevenuePeriod#REVENUE}; any other metric its own text, folded
     * (lower case, accents stripped, spaces folded): "EBITDA" → "ebitda".
     *
     * @param text the cell's text; may be null
     * @return never null
     */
    public static String metric(String text) {
        String key = Text.normalise(text);
        if (key.isEmpty() || REVENUE_WORDS.contains(key)) {
            return RevenuePeriod.REVENUE;
        }
        return Text.fold(text);
    }
}
