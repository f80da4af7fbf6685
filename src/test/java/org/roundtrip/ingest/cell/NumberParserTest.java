package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private static double english(String text) {
        Parsed<Double> p = NumberParser.parse(text, false);
        assertThat(p.rejection()).as(text).isNull();
        return p.value();
    }

    private static double french(String text) {
        Parsed<Double> p = NumberParser.parse(text, true);
        assertThat(p.rejection()).as(text).isNull();
        return p.value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|42", "1.08|1.08", "1,234.5|1234.5", "1.234,5|1234.5", "1 234,5|1234.5", "1\u00a0234,5|1234.5",
        "1\u202f234\u202f567|1234567", "1.234.567|1234567", "1,234,567|1234567", "6,300|6300", "6.300|6300",
        "6,3|6.3", "0.300|0.3", "0,300|0.3", "1234,567|1234.567", "-3|-3", "(3)|-3", "+3|3", "−2.5|-2.5",
        "$182.50|182.5", "1.08 USD|1.08", "€ 12|12", ".5|0.5", "1.5E9|1.5E9", "  7  |7", "1'234.5|1234.5"})
    void readsPlainNumbersInEnglishSheet(String text, double expected) {
        assertThat(english(text)).isEqualTo(expected);
    }

    @Test
    void commaBeforeThreeDigitsIsDecimalInFrenchSheet() {
        assertThat(french("6,300")).isEqualTo(6.3);
        assertThat(french("1 234,567")).isEqualTo(1234.567);
    }

    @Test
    void dotBeforeThreeDigitsIsThousandsEvenInFrenchSheet() {
        assertThat(french("6.300")).isEqualTo(6300);
        assertThat(french("1.234,5")).isEqualTo(1234.5);
    }

    @Test
    void percentageIsRejected() {
        Parsed<Double> p = NumberParser.parse("12 %", false);
        assertThat(p.isRejected()).isTrue();
        assertThat(p.rejection()).contains("percentage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "1,23,4", "12 34", "1.2.3", "1,234.5.6", "5 apples", "--", "1e999", "1..2",
        "five", "1,234,56", "12.34,567,8"})
    void nonNumbersAreRejected(String text) {
        assertThat(NumberParser.parse(text, false).isRejected()).as(text).isTrue();
    }

    @Test
    void nullIsRejected() {
        assertThat(NumberParser.parse(null, false).isRejected()).isTrue();
    }
}
