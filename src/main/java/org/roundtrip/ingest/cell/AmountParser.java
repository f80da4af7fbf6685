package org.roundtrip.ingest.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount cell written as text, in English or French (DESIGN.md "Values", Amounts).
 *
 * <ul>
 * <li>A number, with an optional unit and currency before or after it: "300", "$300B", "USD 300bn",
 *     "300 M EUR", "5 Md€", "300 Mds $", "300 milliards de dollars", "1.5tn", "€5bn", "300 JPY bn".
 *     Units: k = 10^3; M, m, mn, million(s) = 10^6; B, bn, Md, Mds, milliard(s) = 10^9; T, tn,
 *     trillion(s) = 10^12; the word billion(s) is 10^9, but 10^12 in a French sheet or a French cell.
 *     A unit in the cell wins over the header's {@link UnitHint}.</li>
 * <li>A ceiling ("up to X", "jusqu'à X", "less than X", "moins de X", "&lt; X") or a floor ("more than
 *     X", "plus de X", "&gt; X", "X or more", "X ou plus", "X+") reads as X.</li>
 * <li>A range ("X–Y", "X-Y", "X to Y", "X à Y", "entre X et Y", "between X and Y", "from X to Y") or a
 *     floor and a ceiling together ("plus de 10, jusqu'à 20 milliards") reads as the midpoint. A unit
 *     or currency written on one side applies to both ("10–20 bn"). A range that goes down ("20-10",
 *     "2025-09", a floor above its ceiling) is rejected.</li>
 * <li>An approximation ("about 4.5", "around", "approximately", "circa", "~4.5", "≈ 4.5", "environ
 *     4,5", "près de 4,5") reads as the number itself.</li>
 * <li>"undisclosed", "non divulgué(e)", "not disclosed", "non communiqué", "n/a", "na", "n.d.", "nc",
 *     "tbd", "unknown", "inconnu", "-", "—", "?", empty, or a text holding "undisclosed" / "non
 *     divulgué" and no digit, is an undisclosed amount (NaN), not a rejection.</li>
 * <li>A trailing remark in brackets is ignored: "14 milliards de dollars (49 % du capital)" is 14e9;
 *     brackets holding only units or currencies are read: "300 (USD bn)".</li>
 * <li>A term written after the amount ("$300B over 5 years", "300 Md$ sur 5 ans") is left out, with a
 *     warning that it belongs in the term column; an amount per year ("$10B per year", "10 Md$ par an",
 *     "$10B/yr", "annually") is rejected, since a deal's amount is its total.</li>
 * <li>A negative amount ("-5", "(5)" written the accounting way) is rejected; 0 is a known 0. A
 *     percentage, two currencies, more than two numbers, or any other word is rejected.</li>
 * </ul>
 * Numbers: "1,234.5", "1.234,5", "1 234,5" (space, no-break or narrow no-break space between thousands)
 * are read; a single separator followed by exactly three digits is a thousands separator ("6,300",
 * "6.300" are 6300), except a comma in a French sheet or French cell ("6,300" is 6.3 there).
 */
public final class AmountParser {

    static final String NOT_AN_AMOUNT = "not an amount: expected a number such as 300, $300B or 300 milliards";
    static final String NEGATIVE = "negative amount";

    private static final Set<String> UNDISCLOSED = Set.of(
            "", "undisclosed", "not disclosed", "non disclosed", "non divulgue", "non divulguee",
            "non divulgues", "non divulguees", "non communique", "non communiquee", "n/a", "na", "n.a.",
            "n.a", "n/d", "nd", "n.d.", "n.d", "nc", "n.c.", "n.c", "tbd", "tbc", "unknown", "inconnu",
            "?", "??", "???");
    private static final Pattern ONLY_DASHES = Pattern.compile("[\\-\u2010-\u2015\u2212 ]+");
    private static final Pattern UNDISCLOSED_WORDS =
            Pattern.compile("undisclosed|not disclosed|non divulgu|non communiqu|non publi");
    /** "$300B over 5 years", "300 Md$ sur 5 ans": a term written after the amount. */
    private static final Pattern TRAILING_TERM = Pattern.compile(
            "[\\s,]+(?:over|sur|en|across)\\s+(?:the\\s+next\\s+|les\\s+)?\\d+(?:[.,]\\d+)?\\s*"
                    + "(?:years?|yrs?|ans?|annees?|months?|mois)\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** "$10B per year", "10 Md$ par an", "$10B/yr", "annually": a yearly amount, not a deal's total. */
    private static final Pattern PER_YEAR = Pattern.compile(
            "(?<![a-z])(?:per|par|a|an)\\s+(?:year|yr|an|annee|annum)(?![a-z])|/\\s*(?:year|yr|y|an|a)(?![a-z])"
                    + "|(?<![a-z])(?:annually|annuellement|yearly|p\\.a\\.?|pa)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]");

    private static final Pattern NUMBER = Pattern.compile(
            "\\d+(?:\\.\\d+)?[eE][+-]?\\d{1,3}(?![A-Za-z0-9])"
                    + "|\\d{1,3}(?:[" + NumberParser.GROUP_CHARS + "]\\d{3})+(?:[.,]\\d+)?(?![\\d.,])"
                    + "|\\d+(?:[.,]\\d+)*"
                    + "|[.,]\\d+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final String CURRENCY_SYMBOLS = "$€£¥₹₩₽₺₪";
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    private AmountParser() {
    }

    /**
     * Parses an amount cell. Never throws.
     *
     * @param text        the cell's text as displayed; null or blank is undisclosed
     * @param frenchSheet whether the sheet is French (then "billion" is 10^12 and "6,300" is 6.3)
     * @param hint        the unit and currency of the column, or null for {@link UnitHint#NONE}; only
     *                    its multiplier is used here, the caller applies its currency
     * @return the amount (NaN when undisclosed), or a rejection in a finance user's words
     */
    public static Parsed<Amount> parse(String text, boolean frenchSheet, UnitHint hint) {
        UnitHint unitHint = hint == null ? UnitHint.NONE : hint;
        String t = text == null ? "" : Text.foldSpaces(Text.stripAccents(text));
        if (isUndisclosed(t)) {
            return Parsed.ok(new Amount(Double.NaN, null, false));
        }
        if (t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1) {
            // the accounting way of writing a negative number: "(5)"
            Parsed<Amount> inner = parse(t.substring(1, t.length() - 1), frenchSheet, unitHint);
            if (inner.isRejected() || inner.value().isUndisclosed() || inner.value().value() == 0) {
                return inner;
            }
            return Parsed.rejected(NEGATIVE);
        }
        t = dropRemarks(t);
        if (t.isEmpty()) {
            return Parsed.rejected(NOT_AN_AMOUNT);
        }
        if (isUndisclosed(t)) {
            return Parsed.ok(new Amount(Double.NaN, null, false));
        }
        if (PER_YEAR.matcher(t).find()) {
            return Parsed.rejected("not an amount: an amount per year; write the total amount and put the term"
                    + " in the term column");
        }
        Matcher term = TRAILING_TERM.matcher(t);
        String termWarning = null;
        if (term.find()) {
            termWarning = "the term \"" + term.group().replaceAll("^[\\s,]+", "") + "\" is not read from the amount:"
                    + " put it in the term column";
            t = t.substring(0, term.start());
        }
        List<Token> tokens = Lexer.tokens(t);
        if (tokens == null) {
            return Parsed.rejected(NOT_AN_AMOUNT);
        }
        Parsed<Amount> amount = new Reading(tokens, frenchSheet, unitHint).read();
        return termWarning == null || amount.isRejected() ? amount : Parsed.warn(amount.value(), termWarning);
    }

    private static boolean isUndisclosed(String t) {
        String folded = t.toLowerCase(Locale.ROOT);
        if (UNDISCLOSED.contains(folded) || ONLY_DASHES.matcher(folded).matches()) {
            return true;
        }
        return UNDISCLOSED_WORDS.matcher(folded).find() && folded.chars().noneMatch(Character::isDigit);
    }

    /** Drops bracketed remarks, keeping brackets that hold only unit or currency words. */
    private static String dropRemarks(String t) {
        String previous;
        String current = t;
        do {
            previous = current;
            Matcher m = BRACKETED.matcher(current);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String inside = m.group(1);
                m.appendReplacement(out, Matcher.quoteReplacement(isUnitWords(inside) ? " " + inside + " " : " "));
            }
            m.appendTail(out);
            current = out.toString().strip();
        } while (!current.equals(previous));
        return current;
    }

    private static boolean isUnitWords(String s) {
        List<Token> tokens = Lexer.tokens(s);
        return tokens != null && !tokens.isEmpty()
                && tokens.stream().allMatch(k -> k.kind == Kind.UNIT || k.kind == Kind.CURRENCY);
    }

    // ---------------------------------------------------------------------------------------------

    private enum Kind {
        NUMBER, UNIT, CURRENCY, FLOOR, CEILING, APPROX, OR_MORE, PLUS, DASH, TO, AND, BETWEEN, COMMA,
        FILLER, PERCENT
    }

    /**
     * One word, symbol or number of the cell.
     *
     * @param text   the number's digits, the unit word (lower case), or the filler word
     * @param code   the ISO code of a currency, and for other kinds null
     * @param french whether this word makes the cell French
     */
    private record Token(Kind kind, String text, String code, boolean french) {
        static Token of(Kind kind, String text) {
            return new Token(kind, text, null, false);
        }
    }

    /** A word sequence and what it means. */
    private record Phrase(String[] words, Kind kind, boolean french) {
        static Phrase of(Kind kind, String words) {
            return new Phrase(words.split(" "), kind, false);
        }

        static Phrase french(Kind kind, String words) {
            return new Phrase(words.split(" "), kind, true);
        }
    }

    /** Longest phrases first, so that "no more than" is not read as "more than". */
    private static final List<Phrase> PHRASES = sortedLongestFirst(List.of(
            Phrase.of(Kind.FLOOR, "more than"), Phrase.of(Kind.FLOOR, "over"), Phrase.of(Kind.FLOOR, "above"),
            Phrase.of(Kind.FLOOR, "at least"), Phrase.of(Kind.FLOOR, "minimum"), Phrase.of(Kind.FLOOR, "min"),
            Phrase.of(Kind.FLOOR, "greater than"), Phrase.of(Kind.FLOOR, "in excess of"),
            Phrase.of(Kind.FLOOR, "upwards of"), Phrase.of(Kind.FLOOR, "au moins"),
            Phrase.french(Kind.FLOOR, "plus de"), Phrase.french(Kind.FLOOR, "plus d"),
            Phrase.of(Kind.CEILING, "up to"), Phrase.of(Kind.CEILING, "less than"), Phrase.of(Kind.CEILING, "under"),
            Phrase.of(Kind.CEILING, "below"), Phrase.of(Kind.CEILING, "at most"), Phrase.of(Kind.CEILING, "maximum"),
            Phrase.of(Kind.CEILING, "max"), Phrase.of(Kind.CEILING, "as much as"),
            Phrase.of(Kind.CEILING, "no more than"), Phrase.of(Kind.CEILING, "not more than"),
            Phrase.of(Kind.CEILING, "au plus"), Phrase.of(Kind.CEILING, "au maximum"),
            Phrase.french(Kind.CEILING, "jusqu a"), Phrase.french(Kind.CEILING, "moins de"),
            Phrase.french(Kind.CEILING, "moins d"),
            Phrase.of(Kind.OR_MORE, "or more"), Phrase.of(Kind.OR_MORE, "and more"),
            Phrase.of(Kind.OR_MORE, "or above"),
            Phrase.of(Kind.OR_MORE, "and above"), Phrase.of(Kind.OR_MORE, "plus"), Phrase.of(Kind.OR_MORE, "ou plus"),
            Phrase.of(Kind.OR_MORE, "et plus"), Phrase.of(Kind.OR_MORE, "ou davantage"),
            Phrase.of(Kind.APPROX, "about"), Phrase.of(Kind.APPROX, "around"), Phrase.of(Kind.APPROX, "approximately"),
            Phrase.of(Kind.APPROX, "approx"), Phrase.of(Kind.APPROX, "circa"), Phrase.of(Kind.APPROX, "ca"),
            Phrase.of(Kind.APPROX, "c"), Phrase.of(Kind.APPROX, "roughly"), Phrase.of(Kind.APPROX, "nearly"),
            Phrase.of(Kind.APPROX, "almost"), Phrase.of(Kind.APPROX, "some"), Phrase.of(Kind.APPROX, "close to"),
            Phrase.of(Kind.APPROX, "estimated"), Phrase.of(Kind.APPROX, "an estimated"), Phrase.of(Kind.APPROX, "est"),
            Phrase.of(Kind.APPROX, "environ"), Phrase.of(Kind.APPROX, "env"), Phrase.of(Kind.APPROX, "pres de"),
            Phrase.of(Kind.APPROX, "pres d"), Phrase.of(Kind.APPROX, "quelque"), Phrase.of(Kind.APPROX, "autour de"),
            Phrase.of(Kind.APPROX, "autour d"), Phrase.of(Kind.APPROX, "approximativement"),
            Phrase.of(Kind.APPROX, "a peu pres"),
            Phrase.of(Kind.BETWEEN, "between"), Phrase.of(Kind.BETWEEN, "from"), Phrase.french(Kind.BETWEEN, "entre"),
            Phrase.of(Kind.TO, "to"), Phrase.of(Kind.TO, "a"),
            Phrase.of(Kind.AND, "and"), Phrase.of(Kind.AND, "et"),
            Phrase.of(Kind.FILLER, "de"), Phrase.of(Kind.FILLER, "d"), Phrase.of(Kind.FILLER, "of")));

    private static List<Phrase> sortedLongestFirst(List<Phrase> phrases) {
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        return List.copyOf(sorted);
    }

    /** Cuts the cell's text into tokens; null when it holds a character or word an amount cannot hold. */
    private static final class Lexer {

        private final String s;
        private final Matcher number;
        private final Matcher word;
        private final List<Token> tokens = new ArrayList<>();
        private final List<String> words = new ArrayList<>(); // pending words, as written

        private Lexer(String s) {
            this.s = s;
            this.number = NUMBER.matcher(s);
            this.word = WORD.matcher(s);
        }

        static List<Token> tokens(String s) {
            return new Lexer(s).run();
        }

        private List<Token> run() {
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    i++;
                    continue;
                }
                if ((Character.isDigit(c) || ((c == '.' || c == ',') && !previousIsDigit(i)))
                        && number.region(i, s.length()).lookingAt()) {
                    add(Token.of(Kind.NUMBER, number.group()));
                    i = number.end();
                    continue;
                }
                if (word.region(i, s.length()).lookingAt()) {
                    String w = word.group();
                    i = word.end();
                    if (i < s.length() && s.charAt(i) == '$' && MoneyWords.currency(w + "$") != null) {
                        add(new Token(Kind.CURRENCY, w + "$", MoneyWords.currency(w + "$"), false));
                        i++;
                    } else {
                        words.add(w);
                    }
                    continue;
                }
                if (CURRENCY_SYMBOLS.indexOf(c) >= 0) {
                    add(new Token(Kind.CURRENCY, String.valueOf(c), MoneyWords.currency(String.valueOf(c)), false));
                } else if (DASHES.indexOf(c) >= 0) {
                    add(Token.of(Kind.DASH, "-"));
                } else if (c == '<' || c == '≤' || c == '⩽') {
                    add(Token.of(Kind.CEILING, "<"));
                    i += c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '=' ? 1 : 0;
                } else if (c == '>' || c == '≥' || c == '⩾') {
                    add(Token.of(Kind.FLOOR, ">"));
                    i += c == '>' && i + 1 < s.length() && s.charAt(i + 1) == '=' ? 1 : 0;
                } else if (c == '~' || c == '≈' || c == '∼' || c == '≃') {
                    add(Token.of(Kind.APPROX, "~"));
                } else if (c == '+') {
                    add(Token.of(Kind.PLUS, "+"));
                } else if (c == '%') {
                    add(Token.of(Kind.PERCENT, "%"));
                } else if (c == ',' || c == ';') {
                    add(Token.of(Kind.COMMA, ","));
                } else if (c == '.' || c == '\'' || c == '*' || c == '†') {
                    // abbreviation dots ("Md.", "env."), elisions ("jusqu'à") and footnote marks
                    if (c != '\'') {
                        flushWords();
                    }
                } else {
                    return null;
                }
                i++;
            }
            flushWords();
            return tokens.contains(null) ? null : tokens;
        }

        private boolean previousIsDigit(int i) {
            return i > 0 && Character.isDigit(s.charAt(i - 1));
        }

        private void add(Token token) {
            flushWords();
            tokens.add(token);
        }

        /** Turns the pending words into phrase, unit and currency tokens; an unknown word adds null. */
        private void flushWords() {
            int i = 0;
            while (i < words.size()) {
                Phrase phrase = phraseAt(i);
                if (phrase != null) {
                    tokens.add(new Token(phrase.kind, String.join(" ", phrase.words), null, phrase.french));
                    i += phrase.words.length;
                    continue;
                }
                String written = words.get(i);
                String lower = written.toLowerCase(Locale.ROOT);
                String code = MoneyWords.currency(written);
                if (MoneyWords.unit(lower, false) > 0) {
                    tokens.add(new Token(Kind.UNIT, lower, null, MoneyWords.isFrenchUnit(lower)));
                } else if (code != null) {
                    tokens.add(new Token(Kind.CURRENCY, lower, code, false));
                } else {
                    tokens.add(null);
                }
                i++;
            }
            words.clear();
        }

        private Phrase phraseAt(int start) {
            for (Phrase p : PHRASES) {
                if (start + p.words.length > words.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < p.words.length && match; k++) {
                    match = words.get(start + k).toLowerCase(Locale.ROOT).equals(p.words[k]);
                }
                if (match) {
                    return p;
                }
            }
            return null;
        }
    }

    /** One side of a range, or the only number. */
    private static final class Term {
        String digits;
        String unit;
        String currency;
        boolean negative;
        boolean floor;
        boolean ceiling;
        boolean qualified;

        boolean isEmpty() {
            return digits == null && unit == null && currency == null && !negative && !qualified;
        }
    }

    /** Reads the tokens of one cell into an amount. */
    private static final class Reading {
        private final List<Token> tokens;
        private final boolean frenchSheet;
        private final UnitHint hint;
        private final List<Term> terms = new ArrayList<>();
        private boolean ranged;     // a range word joins the two terms ("-", "to", "et" after "entre")
        private boolean between;    // "entre", "between", "from" opened the cell
        private Term term = new Term();
        private String rejection;

        Reading(List<Token> tokens, boolean frenchSheet, UnitHint hint) {
            this.tokens = tokens;
            this.frenchSheet = frenchSheet;
            this.hint = hint;
        }

        Parsed<Amount> read() {
            for (Token token : tokens) {
                accept(token);
                if (rejection != null) {
                    return Parsed.rejected(rejection);
                }
            }
            if (term.digits != null) {
                terms.add(term);
            } else if (!term.isEmpty() || terms.isEmpty()) {
                return Parsed.rejected(NOT_AN_AMOUNT);
            }
            if (terms.size() > 2) {
                return Parsed.rejected(
                        "not an amount: more than two numbers (write one number or a range such as 10-20)");
            }
            if (terms.size() == 2 && !ranged && !floorAndCeiling()) {
                return Parsed.rejected("not an amount: two numbers (write one number or a range such as 10-20)");
            }
            if (terms.size() == 1 && (ranged || between)) {
                return Parsed.rejected("not an amount: a range needs two numbers, such as 10-20");
            }
            return value();
        }

        private void accept(Token token) {
            switch (token.kind) {
                case NUMBER -> {
                    if (term.digits != null) {
                        rejection = "not an amount: two numbers (write one number or a range such as 10-20)";
                    }
                    term.digits = token.text;
                }
                case UNIT -> {
                    if (term.digits == null || term.unit != null) {
                        rejection = NOT_AN_AMOUNT;
                    }
                    term.unit = token.text;
                }
                case CURRENCY -> {
                    if (term.currency != null && !term.currency.equals(token.code)) {
                        rejection = twoCurrencies(term.currency, token.code);
                    }
                    term.currency = token.code;
                }
                case DASH -> {
                    if (term.digits == null) {
                        term.negative = true; // a minus sign before the number
                    } else {
                        nextTerm(true);
                    }
                }
                case TO -> {
                    if (term.digits == null) {
                        rejection = NOT_AN_AMOUNT;
                    }
                    nextTerm(true);
                }
                case AND, COMMA -> {
                    if (term.digits != null) {
                        nextTerm(token.kind == Kind.AND && between && terms.isEmpty());
                    }
                }
                case BETWEEN -> {
                    if (!terms.isEmpty() || term.digits != null) {
                        rejection = NOT_AN_AMOUNT;
                    }
                    between = true;
                }
                case FLOOR, CEILING, APPROX -> {
                    if (term.digits != null) {
                        nextTerm(false);
                    }
                    term.qualified = true;
                    term.floor |= token.kind == Kind.FLOOR;
                    term.ceiling |= token.kind == Kind.CEILING;
                }
                case OR_MORE -> {
                    if (term.digits == null) {
                        rejection = NOT_AN_AMOUNT;
                    }
                    term.qualified = true;
                    term.floor = true;
                }
                case PLUS -> {
                    if (term.digits != null) {
                        term.qualified = true;
                        term.floor = true; // "4.5+": at least 4.5
                    }
                }
                case FILLER -> {
                    // "milliards de dollars", "of"
                }
                case PERCENT -> rejection = "not an amount: a percentage (write the amount itself, such as 14 bn)";
            }
        }

        private void nextTerm(boolean range) {
            terms.add(term);
            term = new Term();
            if (terms.size() == 1) {
                ranged = range;
            }
        }

        private boolean floorAndCeiling() {
            Term a = terms.get(0);
            Term b = terms.get(1);
            return (a.floor && b.ceiling) || (a.ceiling && b.floor);
        }

        private Parsed<Amount> value() {
            boolean french = isFrenchCell();
            boolean frenchNumbers = frenchSheet || french;
            String currency = null;
            String sharedUnit = null;
            for (Term t : terms) {
                if (t.currency != null) {
                    if (currency != null && !currency.equals(t.currency)) {
                        return Parsed.rejected(twoCurrencies(currency, t.currency));
                    }
                    currency = t.currency;
                }
                if (sharedUnit == null) {
                    sharedUnit = t.unit;
                }
            }
            double[] values = new double[terms.size()];
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                Double number = NumberParser.digits(t.digits, frenchNumbers);
                if (number == null) {
                    return Parsed.rejected("not an amount: \"" + t.digits
                            + "\" is not a number such as 1,234.5 or 1 234,5");
                }
                if (t.negative && number > 0) {
                    return Parsed.rejected(NEGATIVE);
                }
                String unit = t.unit != null ? t.unit : sharedUnit;
                double multiplier = unit != null ? MoneyWords.unit(unit, frenchNumbers) : hint.multiplier();
                values[i] = Decimals.times(number, multiplier);
            }
            // backwards: a range that goes down, or a floor above its ceiling (equal ends are fine)
            boolean backwards = values.length == 2 && (ranged || terms.get(0).floor
                    ? values[0] > values[1] : values[1] > values[0]);
            if (backwards) {
                // "20-10", "2025-09" (a month, not a range), "plus de 20, jusqu'à 10"
                return Parsed.rejected(
                        "not an amount: a range must go from the smaller number to the larger, such as 10-20");
            }
            double value = values.length == 2 ? (values[0] + values[1]) / 2 : values[0];
            if (Double.isInfinite(value) || Double.isNaN(value)) {
                return Parsed.rejected("not an amount: too large");
            }
            return Parsed.ok(new Amount(value == 0 ? 0.0 : value, currency, french));
        }

        /** DESIGN.md: milliard(s), Md, Mds, "de dollars", jusqu'à, moins de, plus de or entre. */
        private boolean isFrenchCell() {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.french) {
                    return true;
                }
                if (t.kind == Kind.FILLER && t.text.equals("de") && i + 1 < tokens.size()
                        && tokens.get(i + 1).kind == Kind.CURRENCY && tokens.get(i + 1).text.startsWith("dollar")) {
                    return true;
                }
            }
            return false;
        }

        private static String twoCurrencies(String a, String b) {
            return "not an amount: two currencies in one cell (" + a + " and " + b + ")";
        }
    }
}
