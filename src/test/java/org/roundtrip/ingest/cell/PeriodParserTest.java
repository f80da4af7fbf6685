package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    private static Period accepted(String label) {
        Parsed<Period> p = PeriodParser.parse(label);
        assertThat(p.rejection()).as("rejection of \"%s\"", label).isNull();
        return p.value();
    }

    private static String rejection(String label) {
        Parsed<Period> p = PeriodParser.parse(label);
        assertThat(p.isRejected()).as("\"%s\" rejected (got %s)", label, p.value()).isTrue();
        return p.rejection();
    }

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "FY2024", "FY 2024", "FY24", "fy24", "CY2024", "FY-2024", "exercice 2024",
        "Fiscal year 2024", " 2024 "})
    void yearLabelIsTheCalendarYear(String label) {
        assertThat(accepted(label)).isEqualTo(period("2024-01-01", "2024-12-31"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H1 2025|2025-01-01|2025-06-30", "H2 2025|2025-07-01|2025-12-31", "1H 2025|2025-01-01|2025-06-30",
        "1H25|2025-01-01|2025-06-30", "2H25|2025-07-01|2025-12-31", "S1 2025|2025-01-01|2025-06-30",
        "S2 2025|2025-07-01|2025-12-31", "H1-2025|2025-01-01|2025-06-30", "2025 H2|2025-07-01|2025-12-31",
        "H1 FY2025|2025-01-01|2025-06-30", "1er semestre 2025|2025-01-01|2025-06-30",
        "2e semestre 2025|2025-07-01|2025-12-31", "first half 2025|2025-01-01|2025-06-30",
        "second half of 2025|2025-07-01|2025-12-31", "h1 2025|2025-01-01|2025-06-30"})
    void halfYearLabels(String label, String start, String end) {
        assertThat(accepted(label)).isEqualTo(period(start, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Q1 2025|2025-01-01|2025-03-31", "Q2 2025|2025-04-01|2025-06-30", "Q3 2025|2025-07-01|2025-09-30",
        "Q4 2025|2025-10-01|2025-12-31", "3Q 2025|2025-07-01|2025-09-30", "Q3-2025|2025-07-01|2025-09-30",
        "2025 Q3|2025-07-01|2025-09-30", "2025-Q3|2025-07-01|2025-09-30", "T3 2025|2025-07-01|2025-09-30",
        "Q3'25|2025-07-01|2025-09-30", "3Q25|2025-07-01|2025-09-30", "Q3 25|2025-07-01|2025-09-30",
        "3e trimestre 2025|2025-07-01|2025-09-30", "third quarter 2025|2025-07-01|2025-09-30",
        "q3 2025|2025-07-01|2025-09-30", "Q1 2024|2024-01-01|2024-03-31", "Q325|2025-07-01|2025-09-30",
        "Q32025|2025-07-01|2025-09-30"})
    void quarterLabels(String label, String start, String end) {
        assertThat(accepted(label)).isEqualTo(period(start, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jan–Jun 2025|2025-01-01|2025-06-30", "Jan-Jun 2025|2025-01-01|2025-06-30",
        "janv.-juin 2025|2025-01-01|2025-06-30", "Jan 2025 – Jun 2025|2025-01-01|2025-06-30",
        "Oct 2024 - Mar 2025|2024-10-01|2025-03-31", "janvier à juin 2025|2025-01-01|2025-06-30",
        "de janvier à juin 2025|2025-01-01|2025-06-30", "from Jan to Jun 2025|2025-01-01|2025-06-30",
        "Jan to Jun 2025|2025-01-01|2025-06-30", "2025-01 – 2025-06|2025-01-01|2025-06-30",
        "2025-01-2025-06|2025-01-01|2025-06-30", "2024-2025|2024-01-01|2025-12-31",
        "2025-01-01 – 2025-06-30|2025-01-01|2025-06-30", "Oct–Mar 2025|2024-10-01|2025-03-31",
        "déc. 2024 - févr. 2025|2024-12-01|2025-02-28", "Dec–Feb 2025|2024-12-01|2025-02-28"})
    void monthSpans(String label, String start, String end) {
        assertThat(accepted(label)).isEqualTo(period(start, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sept 2025|2025-09-01|2025-09-30", "2025-09|2025-09-01|2025-09-30", "février 2024|2024-02-01|2024-02-29",
        "Feb 2025|2025-02-01|2025-02-28"})
    void singleMonthIsThatMonth(String label, String start, String end) {
        assertThat(accepted(label)).isEqualTo(period(start, end));
    }

    @Test
    void firstMonthsOfAYear() {
        assertThat(accepted("9M 2025")).isEqualTo(period("2025-01-01", "2025-09-30"));
        assertThat(rejection("13M 2025")).contains("13 months");
    }

    @Test
    void impossibleQuarterOrHalfIsRejectedNamingIt() {
        assertThat(rejection("Q5 2025")).contains("no quarter 5");
        assertThat(rejection("T0 2025")).contains("no quarter 0");
        assertThat(rejection("H3 2025")).contains("no half-year 3");
        assertThat(rejection("2025 Q12")).contains("no quarter 12");
    }

    @Test
    void spanThatEndsBeforeItStartsIsRejected() {
        assertThat(rejection("Jun 2025 - Jan 2025")).contains("ends").contains("before it starts");
        assertThat(rejection("2025-2024")).contains("before it starts");
    }

    @Test
    void singleDayIsNoPeriod() {
        assertThat(rejection("2025-09-10")).contains("single day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "next year", "abc", "24", "Q3", "H1", "FY", "2025 2026", "Q3 2025 Q4",
        "Jan–Jun", "10/09/2025", "12345", "2025!", "Q3/2025/1", "semestre 2025", "Foo–Jun 2025", "FY 2024-25x",
        "0999"})
    void otherLabelsAreRejected(String label) {
        assertThat(rejection(label)).startsWith(label.isBlank() ? "empty" : "not a period");
    }

    @Test
    void trailingRemarkIsIgnored() {
        assertThat(accepted("Q3 2025 (unaudited)")).isEqualTo(period("2025-07-01", "2025-09-30"));
        assertThat(accepted("FY2024 [restated]")).isEqualTo(period("2024-01-01", "2024-12-31"));
    }

    @Test
    void nullIsRejected() {
        assertThat(PeriodParser.parse(null).isRejected()).isTrue();
    }

    @Test
    void genericRejectionGivesExamples() {
        assertThat(rejection("next year")).contains("H1 2025").contains("Q3 2025");
    }
}
