package org.roundtrip.ingest.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundtrip.model.DatePrecision;
import org.roundtrip.model.DealDate;

/**
 * Reads a revenue period label as a calendar period (DESIGN.md "Revenue periods"); explicit start and
 * end columns are read by the caller.
 *
 * <ul>
 * <li>A year: "2024", "FY2024", "FY 2024", "FY24", "CY2024", "exercice 2024" → 1 Jan to 31 Dec
 *     (fiscal years are taken as calendar years).</li>
 * <li>A half-year: "H1 2025", "1H 2025", "1H25", "S1 2025", "S2 2025" (semestre), "2025 H2",
 *     "1er semestre 2025", "first half 2025".</li>
 * <li>A quarter: "Q3 2025", "3Q 2025", "Q3-2025", "2025 Q3", "Q3'25", "Q325", "T3 2025" (trimestre),
 *     "3e trimestre 2025", "third quarter 2025".</li>
 * <li>The first months of a year: "9M 2025" → January to September.</li>
 * <li>A month: "Sept 2025", "septembre 2025", "2025-09".</li>
 * <li>A span of months or days: "Jan–Jun 2025", "janv.-juin 2025", "Jan 2025 – Jun 2025", "Oct 2024 -
 *     Mar 2025", "de janvier à juin 2025", "2025-01 to 2025-06", "2024-2025", "2025-01-01 – 2025-06-30".
 *     When only the end has a year and the start month comes after the end month ("Oct–Mar 2025"), the
 *     period starts the year before, so that it ends in the year written.</li>
 * </ul>
 * Two-digit years (FY24, 1H25) are 20yy for 00–69, 19yy for 70–99. A trailing remark in brackets is
 * ignored ("Q3 2025 (unaudited)"). Anything else is rejected with a reason; a single day is rejected
 * (it is no period).
 */
public final class PeriodParser {

    static final String NOT_A_PERIOD =
            "not a period: expected e.g. 2024, FY2024, H1 2025, Q3 2025, T3 2025 or Jan–Jun 2025";

    /** A trailing remark in brackets: "Q3 2025 (unaudited)". */
    private static final Pattern REMARK = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]$");
    private static final Pattern TOKEN = Pattern.compile("[a-z]+|\\d+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015/'.,:]*");
    private static final Pattern RANGE = Pattern.compile(
            "\\s*(?:[\\-\u2010-\u2015\u2212]|(?<![a-z])(?:to|a|au|through|thru|until|jusqu'a)(?![a-z]))\\s*");
    private static final Pattern OPENING = Pattern.compile("^(?:(?:from|de|du)(?![a-z])|d')\\s*");
    private static final Set<String> YEAR_MARKS = Set.of("fy", "cy", "exercice", "fiscal", "calendar", "year", "annee",
            "ex");
    private static final Set<String> HALF = Set.of("h", "s", "half", "semestre", "semester", "hy");
    private static final Set<String> QUARTER = Set.of("q", "t", "quarter", "trimestre");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "re", "e", "eme", "st", "nd", "rd", "th", "d");
    private static final Set<String> FILLERS = Set.of("of", "de", "du", "the", "le");
    private static final Map<String, String> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", "1"), Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("fourth", "4"),
            Map.entry("premier", "1"), Map.entry("premiere", "1"), Map.entry("seconde", "2"),
            Map.entry("deuxieme", "2"), Map.entry("troisieme", "3"), Map.entry("quatrieme", "4"));

    private PeriodParser() {
    }

    /**
     * Parses a period label. Never throws.
     *
     * @param label the cell's text; null or blank is rejected
     * @return the period, or a rejection in a finance user's words
     */
    public static Parsed<Period> parse(String label) {
        if (label == null || label.isBlank()) {
            return Parsed.rejected("empty: expected a period such as 2024, H1 2025 or Q3 2025");
        }
        String folded = REMARK.matcher(Text.fold(label)).replaceFirst("");
        List<String> tokens = tokens(folded);
        if (tokens != null) {
            Parsed<Period> named = named(tokens);
            if (named != null) {
                return named;
            }
        }
        Parsed<DateCandidates> date = DateParser.parse(folded);
        if (!date.isRejected() && date.value().exact() != null) {
            DealDate d = date.value().exact();
            if (d.precision() == DatePrecision.DAY) {
                return Parsed.rejected("not a period: a single day; write a month, quarter or year, e.g. Q3 2025");
            }
            return Parsed.ok(new Period(d.date(), d.date().plusMonths(1).minusDays(1)));
        }
        Parsed<Period> span = span(folded);
        return span != null ? span : Parsed.rejected(NOT_A_PERIOD);
    }

    /** Words and numbers with nothing but separators between them; null when anything else is there. */
    private static List<String> tokens(String folded) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        int previousEnd = 0;
        while (m.find()) {
            String between = folded.substring(previousEnd, m.start());
            if (!SEPARATORS.matcher(between).matches()) {
                return null;
            }
            previousEnd = m.end();
            String token = m.group();
            boolean suffix = between.isEmpty() && ORDINAL_SUFFIXES.contains(token) && !tokens.isEmpty()
                    && tokens.get(tokens.size() - 1).matches("\\d{1,2}");
            if (!suffix && !FILLERS.contains(token)) {
                tokens.add(ORDINAL_WORDS.getOrDefault(token, token));
            }
        }
        if (!SEPARATORS.matcher(folded.substring(previousEnd)).matches()) {
            return null;
        }
        return tokens;
    }

    /** Years, halves, quarters and "9M"; null when the tokens are none of these. */
    private static Parsed<Period> named(List<String> all) {
        List<String> t = new ArrayList<>(all);
        boolean marked = t.removeIf(YEAR_MARKS::contains);
        if (t.size() == 2 && (HALF.contains(t.get(0)) || QUARTER.contains(t.get(0)))
                && t.get(1).matches("\\d{3}|\\d{5}")) {
            // "Q125", "H12025": the part's number glued to the year
            t.add(t.get(1).substring(1));
            t.set(1, t.get(1).substring(0, 1));
        }
        if (t.size() == 1 && isYear(t.get(0), marked)) {
            int year = DateParser.year(t.get(0));
            return Parsed.ok(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        if (t.size() != 3) {
            return null;
        }
        // the year first or last, the part's letter and number in either order: "Q3 2025", "2025 3Q"
        String yearToken;
        String a;
        String b;
        if (isYear(t.get(0), false)) {
            yearToken = t.get(0);
            a = t.get(1);
            b = t.get(2);
        } else if (isYear(t.get(2), true)) {
            yearToken = t.get(2);
            a = t.get(0);
            b = t.get(1);
        } else {
            return null;
        }
        String letter = a.matches("\\d+") ? b : a;
        String number = a.matches("\\d+") ? a : b;
        if (!number.matches("\\d{1,2}") || letter.matches("\\d+")) {
            return null;
        }
        int year = DateParser.year(yearToken);
        int n = Integer.parseInt(number);
        if (HALF.contains(letter)) {
            if (n < 1 || n > 2) {
                return Parsed.rejected("not a period: there is no half-year " + n + " (write H1 or H2)");
            }
            return Parsed.ok(months(year, 6 * (n - 1) + 1, 6));
        }
        if (QUARTER.contains(letter)) {
            if (n < 1 || n > 4) {
                return Parsed.rejected("not a period: there is no quarter " + n + " (write Q1 to Q4)");
            }
            return Parsed.ok(months(year, 3 * (n - 1) + 1, 3));
        }
        if (letter.equals("m") && number.equals(a)) {
            if (n < 1 || n > 12) {
                return Parsed.rejected("not a period: a year has no " + n + " months");
            }
            return Parsed.ok(months(year, 1, n));
        }
        return null;
    }

    private static boolean isYear(String token, boolean twoDigitsAllowed) {
        return (token.length() == 4 && token.matches("\\d{4}") && token.charAt(0) != '0')
                || (twoDigitsAllowed && token.matches("\\d{2}"));
    }

    private static Period months(int year, int firstMonth, int count) {
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new Period(start, start.plusMonths(count).minusDays(1));
    }

    /** "Jan–Jun 2025", "Oct 2024 - Mar 2025", "2024-2025": tried at each range word, left to right. */
    private static Parsed<Period> span(String folded) {
        String s = OPENING.matcher(folded).replaceFirst("");
        Matcher m = RANGE.matcher(s);
        while (m.find()) {
            if (m.start() == 0 || m.end() == s.length()) {
                continue;
            }
            Parsed<Period> p = span(s.substring(0, m.start()), s.substring(m.end()));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Parsed<Period> span(String left, String right) {
        if (left.matches("[1-9]\\d{3}") && right.matches("[1-9]\\d{3}")) {
            return ordered(LocalDate.of(Integer.parseInt(left), 1, 1), LocalDate.of(Integer.parseInt(right), 12, 31));
        }
        DealDate end = exact(right);
        if (end == null) {
            return null;
        }
        LocalDate last = end.isDay() ? end.date() : end.date().plusMonths(1).minusDays(1);
        DealDate start = exact(left);
        if (start == null) {
            int month = MonthNames.month(left.strip());
            if (month == 0) {
                return null;
            }
            int year = end.date().getYear() - (month > end.date().getMonthValue() ? 1 : 0);
            return ordered(LocalDate.of(year, month, 1), last);
        }
        return ordered(start.date(), last);
    }

    private static DealDate exact(String side) {
        Parsed<DateCandidates> d = DateParser.parse(side);
        return d.isRejected() ? null : d.value().exact();
    }

    private static Parsed<Period> ordered(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return Parsed.rejected("not a period: it ends (" + end + ") before it starts (" + start + ")");
        }
        return Parsed.ok(new Period(start, end));
    }
}
