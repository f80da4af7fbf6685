package org.roundtrip.ingest.cell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundtrip.model.DealDate;

/**
 * Reads a date cell written as text (DESIGN.md "Dates"); date cells and Excel serial numbers are read
 * by the caller.
 *
 * <ul>
 * <li>ISO or year-first text is exact: "2025-09-10", "2025/09/10", "2025.09.10", also followed by a time
 *     ("2025-09-10T00:00", "2025-09-10 00:00:00") → a day; "2025-09", "2025/09" → a month.</li>
 * <li>Numeric d/m/y text with {@code /}, {@code .} or {@code -} ("10/09/2025", "10.09.2025",
 *     "10-09-25") gives both readings, day first and month first, each null when it is no valid date;
 *     when both readings are the same day ("05/05/2025") it is exact. A two-digit year yy is 20yy for
 *     00–69 and 19yy for 70–99.</li>
 * <li>Month names in English or French, full or abbreviated, with or without a dot, in any case and
 *     with or without accents: "Sept 2025", "septembre 2025", "févr. 2025", "Sep-25" → a month;
 *     "10 September 2025", "September 10, 2025", "Oct 6, 2025", "1er octobre 2025", "10-Sep-2025",
 *     "Monday 6 October 2025" → a day.</li>
 * </ul>
 * A year alone, a plain number, a day without a year and an impossible day ("31/02/2025") are rejected
 * with a reason that says why.
 */
public final class DateParser {

    static final String NOT_A_DATE = "not a date: expected a date such as 2025-09-10, 10/09/2025 or Sept 2025";

    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern YEAR_FIRST_DAY = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern YEAR_FIRST_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,\\s]+");
    private static final Pattern WORD_OR_NUMBER = Pattern.compile("[a-z]+|\\d+");
    private static final Set<String> IGNORED = Set.of(
            "the", "of", "on", "le", "de", "du",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private DateParser() {
    }

    /**
     * Parses a date cell's text. Never throws.
     *
     * @param text the cell's text; leading and trailing spaces are ignored; null or blank is rejected
     * @return the date or its two readings, or a rejection in a finance user's words
     */
    public static Parsed<DateCandidates> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.rejected("empty: expected a date such as 2025-09-10");
        }
        String t = Text.foldSpaces(text);
        Matcher m = YEAR_FIRST_DAY.matcher(t);
        if (m.matches()) {
            return day(number(m.group(1)), number(m.group(3)), number(m.group(4)), t);
        }
        m = YEAR_FIRST_MONTH.matcher(t);
        if (m.matches()) {
            return month(number(m.group(1)), number(m.group(2)));
        }
        m = NUMERIC.matcher(t);
        if (m.matches()) {
            return numeric(number(m.group(1)), number(m.group(3)), m.group(4), t);
        }
        if (YEAR.matcher(t).matches()) {
            return Parsed.rejected(
                    "not a date: a year alone; write the month too, e.g. Sept " + t + " or " + t + "-09");
        }
        if (NUMBER.matcher(t).matches()) {
            return Parsed.rejected("not a date: \"" + t + "\" is a number; expected a date such as 2025-09-10");
        }
        return words(t);
    }

    /** Numeric d/m/y text: both readings. */
    private static Parsed<DateCandidates> numeric(int a, int b, String yearText, String text) {
        int year = year(yearText);
        LocalDate dayFirst = dateOrNull(year, b, a);
        LocalDate monthFirst = dateOrNull(year, a, b);
        if (dayFirst == null && monthFirst == null) {
            return Parsed.rejected("not a date: " + text + " is neither day/month (" + whyNot(year, b, a)
                    + ") nor month/day (" + whyNot(year, a, b) + ")");
        }
        DealDate d = dayFirst == null ? null : DealDate.ofDay(dayFirst);
        DealDate mf = monthFirst == null ? null : DealDate.ofDay(monthFirst);
        return Parsed.ok(new DateCandidates(d != null && d.equals(mf) ? d : null, d, mf));
    }

    /** Dates written with a month name. */
    private static Parsed<DateCandidates> words(String text) {
        List<String> tokens = new ArrayList<>();
        String folded = Text.fold(text);
        Matcher m = WORD_OR_NUMBER.matcher(folded);
        int previousEnd = 0;
        boolean shortYearMark = false; // "Sep-25", "Sept '25": a two-digit year
        while (m.find()) {
            String between = folded.substring(previousEnd, m.start());
            if (!between.matches("[\\s.,\\-/']*")) {
                return Parsed.rejected(NOT_A_DATE);
            }
            shortYearMark |= between.contains("-") || between.contains("'");
            previousEnd = m.end();
            String token = m.group();
            boolean ordinalSuffix = !tokens.isEmpty() && token.matches("er|re|st|nd|rd|th|e")
                    && tokens.get(tokens.size() - 1).matches("\\d{1,2}") && between.isEmpty();
            if (!ordinalSuffix && !IGNORED.contains(token)) {
                tokens.add(token);
            }
        }
        if (!folded.substring(previousEnd).matches("[\\s.,]*")) {
            return Parsed.rejected(NOT_A_DATE);
        }
        int monthAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (MonthNames.month(tokens.get(i)) > 0) {
                if (monthAt >= 0) {
                    return Parsed.rejected(NOT_A_DATE);
                }
                monthAt = i;
            } else if (!tokens.get(i).matches("\\d+")) {
                return Parsed.rejected(NOT_A_DATE);
            }
        }
        if (monthAt < 0) {
            return Parsed.rejected(NOT_A_DATE);
        }
        int month = MonthNames.month(tokens.get(monthAt));
        List<String> numbers = new ArrayList<>(tokens);
        numbers.remove(monthAt);
        if (numbers.size() == 1) {
            String n = numbers.get(0);
            if (n.length() == 4) {
                return month(number(n), month);
            }
            if (n.length() == 2 && monthAt == 0 && shortYearMark) {
                return month(year(n), month);
            }
            return Parsed.rejected("not a date: no year; expected e.g. " + MonthNames.english(month) + " 2025");
        }
        if (numbers.size() == 2) {
            String first = numbers.get(0);
            String second = numbers.get(1);
            if (second.length() == 4 && first.length() <= 2) {
                return day(number(second), month, number(first), text);       // 10 Sept 2025, Sept 10 2025
            }
            if (first.length() == 4 && second.length() <= 2 && monthAt == 1) {
                return day(number(first), month, number(second), text);       // 2025 Sept 10
            }
            if (second.length() == 2 && first.length() <= 2 && monthAt == 1) {
                return day(year(second), month, number(first), text);         // 10-Sep-25
            }
        }
        return Parsed.rejected(NOT_A_DATE);
    }

    private static Parsed<DateCandidates> day(int year, int month, int day, String text) {
        LocalDate date = dateOrNull(year, month, day);
        if (date == null) {
            return Parsed.rejected("not a date: " + whyNot(year, month, day) + " (" + text + ")");
        }
        return Parsed.ok(DateCandidates.exactly(DealDate.ofDay(date)));
    }

    private static Parsed<DateCandidates> month(int year, int month) {
        if (month < 1 || month > 12) {
            return Parsed.rejected("not a date: there is no month " + month);
        }
        if (year < 1000) {
            return Parsed.rejected(NOT_A_DATE);
        }
        return Parsed.ok(DateCandidates.exactly(DealDate.ofMonth(year, month)));
    }

    static LocalDate dateOrNull(int year, int month, int day) {
        if (year < 1000) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static String whyNot(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        if (year < 1000) {
            return "the year " + year + " is too early";
        }
        if (day < 1) {
            return "there is no day " + day;
        }
        return MonthNames.english(month) + " " + year + " has only " + YearMonth.of(year, month).lengthOfMonth()
                + " days";
    }

    /** A four-digit year as written, or a two-digit one: 00–69 → 2000s, 70–99 → 1900s. */
    static int year(String digits) {
        int y = number(digits);
        if (digits.length() == 2) {
            return y < 70 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static int number(String digits) {
        // digits of at most four characters, so this always fits
        return Integer.parseInt(digits);
    }
}
