package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtrip.model.DealDate;

class DateParserTest {

    private static DateCandidates accepted(String text) {
        Parsed<DateCandidates> p = DateParser.parse(text);
        assertThat(p.rejection()).as("rejection of \"%s\"", text).isNull();
        return p.value();
    }

    private static String rejection(String text) {
        Parsed<DateCandidates> p = DateParser.parse(text);
        assertThat(p.isRejected()).as("\"%s\" rejected (got %s)", text, p.value()).isTrue();
        return p.rejection();
    }

    private static DealDate day(String iso) {
        return DealDate.ofDay(LocalDate.parse(iso));
    }

    private static DealDate month(int year, int month) {
        return DealDate.ofMonth(year, month);
    }

    @Nested
    class YearFirst {

        @ParameterizedTest
        @ValueSource(strings = {"2025-09-10", "2025/09/10", "2025.09.10", "2025-9-10", "2025-09-10T00:00",
            "2025-09-10 00:00:00", "2025-09-10T14:30:00Z", "2025-09-10T14:30:00.000+02:00", "  2025-09-10  "})
        void isoTextIsAnExactDay(String text) {
            assertThat(accepted(text)).isEqualTo(DateCandidates.exactly(day("2025-09-10")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-09", "2025/09", "2025-9", "2025.09"})
        void yearAndMonthIsMonthPrecision(String text) {
            assertThat(accepted(text)).isEqualTo(DateCandidates.exactly(month(2025, 9)));
        }

        @Test
        void impossibleIsoDayIsRejectedNamingWhy() {
            assertThat(rejection("2025-02-30")).isEqualTo("not a date: February 2025 has only 28 days (2025-02-30)");
            assertThat(rejection("2025-13-01")).contains("no month 13");
            assertThat(rejection("2025-13")).contains("no month 13");
            assertThat(rejection("2025-00")).contains("no month 0");
            assertThat(rejection("2025-09-00")).contains("no day 0");
        }

        @Test
        void leapDayIsADayInLeapYearsOnly() {
            assertThat(accepted("2024-02-29").exact()).isEqualTo(day("2024-02-29"));
            assertThat(rejection("2025-02-29")).contains("28 days");
        }
    }

    @Nested
    class NumericDayMonth {

        @ParameterizedTest
        @ValueSource(strings = {"10/09/2025", "10.09.2025", "10-09-2025", "10/09/25", "10/9/2025", "10/09/2025 00:00"})
        void numericTextGivesBothReadings(String text) {
            DateCandidates c = accepted(text);
            assertThat(c.exact()).isNull();
            assertThat(c.dayFirst()).isEqualTo(day("2025-09-10"));
            assertThat(c.monthFirst()).isEqualTo(day("2025-10-09"));
        }

        @Test
        void dayAboveTwelveLeavesOnlyTheDayFirstReading() {
            DateCandidates c = accepted("25/09/2025");
            assertThat(c.dayFirst()).isEqualTo(day("2025-09-25"));
            assertThat(c.monthFirst()).isNull();
            assertThat(c.exact()).isNull();
        }

        @Test
        void secondPartAboveTwelveLeavesOnlyTheMonthFirstReading() {
            DateCandidates c = accepted("09/25/2025");
            assertThat(c.dayFirst()).isNull();
            assertThat(c.monthFirst()).isEqualTo(day("2025-09-25"));
        }

        @Test
        void sameReadingsMakeAnExactDate() {
            DateCandidates c = accepted("05/05/2025");
            assertThat(c.exact()).isEqualTo(day("2025-05-05"));
            assertThat(c.dayFirst()).isEqualTo(c.exact());
            assertThat(c.monthFirst()).isEqualTo(c.exact());
        }

        @Test
        void twoDigitYearIsThisCentury() {
            assertThat(accepted("25/09/25").dayFirst()).isEqualTo(day("2025-09-25"));
            assertThat(accepted("25/09/69").dayFirst()).isEqualTo(day("2069-09-25"));
            assertThat(accepted("25/09/70").dayFirst()).isEqualTo(day("1970-09-25"));
        }

        @Test
        void impossibleInBothReadingsIsRejectedNamingWhy() {
            assertThat(rejection("31/02/2025")).isEqualTo("not a date: 31/02/2025 is neither day/month "
                    + "(February 2025 has only 28 days) nor month/day (there is no month 31)");
            assertThat(rejection("13/13/2025")).contains("no month 13");
            assertThat(rejection("00/00/2025")).contains("no month 0");
        }

        @Test
        void februaryThirtiethReadMonthFirstIsRejected() {
            // 02/30: day-first has no month 30, month-first has no February 30
            assertThat(rejection("02/30/2025")).contains("no month 30").contains("February 2025 has only 28 days");
        }

        @ParameterizedTest
        @ValueSource(strings = {"10/09-2025", "10/09/2025/1", "1/2/3", "100/09/2025", "10/09/202"})
        void mixedOrMalformedNumericTextIsRejected(String text) {
            rejection(text);
        }
    }

    @Nested
    class WrittenMonths {

        @ParameterizedTest
        @ValueSource(strings = {"Sept 2025", "Sep. 2025", "sep 2025", "September 2025", "SEPTEMBER 2025",
            "septembre 2025",
            "Septembre 2025", "sept. 2025", "Sep-25", "Sept '25", "2025 Sept", "sept.2025"})
        void monthNameAndYearIsMonthPrecision(String text) {
            assertThat(accepted(text)).isEqualTo(DateCandidates.exactly(month(2025, 9)));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "févr. 2025|2", "fevr 2025|2", "Feb 2025|2", "janv 2025|1", "janvier 2025|1", "Jan. 2025|1",
            "August 2025|8", "août 2025|8", "aout 2025|8", "AOÛT 2025|8", "mars 2025|3", "March 2025|3",
            "avr. 2025|4", "mai 2025|5", "May 2025|5", "juin 2025|6", "juil. 2025|7", "juillet 2025|7",
            "Oct 2025|10", "octobre 2025|10", "nov. 2025|11", "déc. 2025|12", "décembre 2025|12", "Dec 2025|12"})
        void englishAndFrenchMonthNamesAreRead(String text, int month) {
            assertThat(accepted(text).exact()).isEqualTo(month(2025, month));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "10 September 2025|2025-09-10", "September 10, 2025|2025-09-10", "Sept 10 2025|2025-09-10",
            "10 sept. 2025|2025-09-10", "1er octobre 2025|2025-10-01", "6 oct 2025|2025-10-06",
            "Oct 6, 2025|2025-10-06", "October 6th, 2025|2025-10-06", "6th of October 2025|2025-10-06",
            "10-Sep-2025|2025-09-10", "10-Sep-25|2025-09-10", "Monday 6 October 2025|2025-10-06",
            "lundi 6 octobre 2025|2025-10-06", "2025 Oct 6|2025-10-06", "6 Oct. 2025|2025-10-06",
            "le 6 octobre 2025|2025-10-06", "29 février 2024|2024-02-29"})
        void monthNameWithADayIsAnExactDay(String text, String iso) {
            assertThat(accepted(text)).isEqualTo(DateCandidates.exactly(day(iso)));
        }

        @Test
        void impossibleDayWithMonthNameIsRejected() {
            assertThat(rejection("31 September 2025")).contains("September 2025 has only 30 days");
            assertThat(rejection("29 février 2025")).contains("28 days");
        }

        @Test
        void monthWithoutYearIsRejected() {
            assertThat(rejection("Sept")).startsWith("not a date");
            assertThat(rejection("10 September")).contains("no year");
            assertThat(rejection("Sept 25")).contains("no year");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Sept Oct 2025", "Foo 2025", "Q3 2025", "H1 2025", "Sept 2025 10 11", "10 Sept 2025 x",
            "Sept 12345", "Septembre 2025!"})
        void unknownWordsOrShapesAreRejected(String text) {
            rejection(text);
        }
    }

    @Nested
    class Rejections {

        @Test
        void yearAloneIsRejected() {
            assertThat(rejection("2025")).startsWith("not a date: a year alone");
        }

        @ParameterizedTest
        @ValueSource(strings = {"45900", "45900.5", "12", "3.14"})
        void plainNumberIsRejected(String text) {
            assertThat(rejection(text)).contains("is a number");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "tomorrow", "soon", "abc", "10 September 2025 at noon", "2025-09-10T25:00x"})
        void textThatIsNoDateIsRejected(String text) {
            assertThat(rejection(text)).startsWith(text.isBlank() ? "empty" : "not a date");
        }

        @Test
        void nullIsRejected() {
            assertThat(DateParser.parse(null).isRejected()).isTrue();
        }
    }
}
