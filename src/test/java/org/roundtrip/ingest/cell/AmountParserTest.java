package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    private static final String NOT_AN_AMOUNT_MESSAGE =
            "not an amount: expected a number such as 300, $300B or 300 milliards";

    private static Amount english(String text) {
        return accepted(text, false, UnitHint.NONE);
    }

    private static Amount french(String text) {
        return accepted(text, true, UnitHint.NONE);
    }

    private static Amount accepted(String text, boolean frenchSheet, UnitHint hint) {
        Parsed<Amount> p = AmountParser.parse(text, frenchSheet, hint);
        assertThat(p.rejection()).as("rejection of \"%s\"", text).isNull();
        return p.value();
    }

    private static String rejection(String text) {
        Parsed<Amount> p = AmountParser.parse(text, false, UnitHint.NONE);
        assertThat(p.isRejected()).as("\"%s\" rejected (got %s)", text, p.value()).isTrue();
        return p.rejection();
    }

    private static void assertValue(Amount a, double expected) {
        assertThat(a.value()).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
    }

    @Test
    void aCeilingAndAFloorThatMeetAreTheirCommonValueInEitherOrder() {
        assertValue(accepted("up to 20, more than 20", false, UnitHint.NONE), 20);
        assertValue(accepted("more than 20, up to 20", false, UnitHint.NONE), 20);
        assertValue(accepted("up to 0, more than 0", false, UnitHint.NONE), 0);
        assertValue(accepted("up to 30, more than 10", false, UnitHint.NONE), 20);
        assertThat(rejection("up to 10, more than 30")).contains("range");
    }

    @Nested
    class UnitsAndCurrencies {

        @ParameterizedTest
        @CsvSource(delimiter = '|', nullValues = "null", value = {
            "$300B|3e11|USD", "300 milliards de dollars|3e11|USD", "5 Md€|5e9|EUR", "300 M EUR|3e8|EUR",
            "USD 300bn|3e11|USD", "300 Mds $|3e11|USD", "1.5tn|1.5e12|null", "€5bn|5e9|EUR", "300 JPY bn|3e11|JPY",
            "£40m|4e7|GBP", "¥2 trillion|2e12|JPY", "300k|3e5|null", "300 K|3e5|null", "12 mn|1.2e7|null",
            "4 millions|4e6|null", "2 million dollars|2e6|USD", "US$ 10 bn|1e10|USD", "10 US$|10|USD",
            "CHF 3 M|3e6|CHF", "3 T|3e12|null", "40 billion|4e10|null", "40 billions|4e10|null", "1 trillion|1e12|null",
            "300 millions d'euros|3e8|EUR", "5 Md|5e9|null", "5 md|5e9|null", "2 mds|2e9|null", "1 milliard|1e9|null",
            "7 euros|7|EUR", "9 yen|9|JPY", "8 GBP|8|GBP", "300 (USD bn)|3e11|USD", "300B$|3e11|USD",
            "20 k€|2e4|EUR", "2 bn USD|2e9|USD", "SEK 5 bn|5e9|SEK", "3 B|3e9|null", "0|0|null", "0 bn|0|null"})
        void unitsAndCurrenciesWrittenInTheCellAreRead(String text, double value, String currency) {
            Amount a = english(text);
            assertValue(a, value);
            assertThat(a.currency()).isEqualTo(currency);
            assertThat(a.isUndisclosed()).isFalse();
        }

        @Test
        void frenchAmountWithMilliardsIsBillions() {
            Amount a = english("300 milliards");
            assertValue(a, 3e11);
            assertThat(a.french()).isTrue();
        }

        @Test
        void billionWordIsTenToTheTwelveInFrenchSheet() {
            assertValue(french("2 billions"), 2e12);
        }

        @Test
        void billionWordIsTenToTheTwelveInFrenchCell() {
            Amount a = english("2 billions de dollars");
            assertValue(a, 2e12);
            assertThat(a.french()).isTrue();
            assertThat(a.currency()).isEqualTo("USD");
        }

        @Test
        void bnAndBAreAlwaysBillionsEvenInFrench() {
            assertValue(french("2 bn"), 2e9);
            assertValue(french("2B"), 2e9);
            assertValue(english("plus de 2 bn"), 2e9);
        }

        @Test
        void unitInTheCellWinsOverTheHeaderHint() {
            assertValue(accepted("300 m", false, new UnitHint(1e9, "USD")), 3e8);
        }

        @Test
        void headerHintMultiplierAppliesToBareNumbers() {
            Amount a = accepted("300", false, new UnitHint(1e9, "EUR"));
            assertValue(a, 3e11);
            assertThat(a.currency()).as("the hint's currency is the caller's business").isNull();
        }

        @Test
        void nullHintIsNoHint() {
            assertValue(accepted("300", false, null), 300);
        }

        @Test
        void cellCurrencyIsReportedEvenWhenHintNamesAnother() {
            assertThat(accepted("5 €", false, new UnitHint(1e9, "USD")).currency()).isEqualTo("EUR");
        }

        @Test
        void rareIsoCodeCountsOnlyInCapitals() {
            assertThat(english("5 TRY bn").currency()).isEqualTo("TRY");
            assertThat(rejection("5 try")).startsWith("not an amount");
        }

        @Test
        void twoCurrenciesAreRejected() {
            assertThat(rejection("$5 EUR")).contains("two currencies").contains("USD").contains("EUR");
            assertThat(rejection("$10B-€20B")).contains("two currencies");
        }

        @Test
        void twoUnitsOnOneNumberAreRejected() {
            rejection("5 bn m");
        }

        @Test
        void unitBeforeTheNumberIsRejected() {
            rejection("bn 5");
        }
    }

    @Nested
    class FrenchCells {

        @ParameterizedTest
        @ValueSource(strings = {"5 milliards", "5 milliard", "5 Md", "5 Mds", "5 md", "5 dollars de dollars",
            "5 milliards de dollars", "jusqu'à 5", "moins de 5", "plus de 5", "entre 5 et 6"})
        void frenchWordsMakeTheCellFrench(String text) {
            assertThat(english(text).french()).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5", "5 bn", "5 M€", "5 dollars", "up to 5", "about 5", "5 à 6", "environ 5"})
        void otherCellsAreNotFrench(String text) {
            assertThat(english(text).french()).as(text).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"jusqu'à 6,300", "moins de 6,300", "plus de 6,300", "entre 6,300 et 6,300",
            "6,300 milliards", "6,300 Md", "6,300 Mds", "6,300 milliards de dollars", "6,300 de dollars",
            "jusqu’à 6,300"})
        void commaBeforeThreeDigitsIsDecimalInFrenchCell(String text) {
            Amount a = english(text);
            assertThat(a.french()).isTrue();
            double unit = text.contains("ill") || text.contains("Md") ? 1e9 : 1;
            assertValue(a, 6.3 * unit);
        }

        @Test
        void commaBeforeThreeDigitsIsThousandsInEnglish() {
            Amount a = english("6,300");
            assertValue(a, 6300);
            assertThat(a.french()).isFalse();
        }

        @Test
        void commaBeforeThreeDigitsIsDecimalInFrenchSheet() {
            assertValue(french("6,300"), 6.3);
        }

        @Test
        void dotBeforeThreeDigitsIsThousandsEvenInFrench() {
            assertValue(french("6.300"), 6300);
            assertValue(english("6.300"), 6300);
        }

        @Test
        void englishCellIsNotFrench() {
            assertThat(english("up to $300B").french()).isFalse();
            assertThat(english("300 M EUR").french()).isFalse();
        }

        @Test
        void frenchSheetAloneDoesNotMakeTheCellFrench() {
            assertThat(french("300").french()).isFalse();
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1,234.5|1234.5", "1 234,5|1234.5", "1\u00a0234,5|1234.5", "1\u202f234,5|1234.5", "1.234,5|1234.5",
            "6,3|6.3", "1.234.567|1234567", "1,234,567|1234567", "10 000 000|10000000", "0.5|0.5", ".5|0.5",
            "4.5|4.5", "2,5 Md|2.5e9", "1 000 milliards|1e12"})
        void numbersAreReadWithEitherSeparator(String text, double value) {
            assertValue(english(text), value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1,23,4", "1.2.3", "1,234.5.6", "12,34,567"})
        void misplacedSeparatorsAreRejected(String text) {
            assertThat(rejection(text)).contains("not").contains(text.substring(0, 2));
        }
    }

    @Nested
    class CeilingsFloorsAndRanges {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "up to 20|20", "Up to $20B|2e10", "jusqu'à 20 milliards|2e10", "jusqu’à 20 Md$|2e10",
            "less than 5|5", "moins de 5 Md€|5e9", "< 5|5", "<5bn|5e9", "<= 5|5", "≤ 5|5", "under 5|5", "at most 5|5",
            "no more than 5|5", "more than 10|10", "plus de 10 milliards|1e10", "plus d'1 milliard|1e9",
            "> 10|10", ">10|10", "≥ 10|10", "over $10B|1e10", "at least 10|10", "au moins 10|10", "10 or more|10",
            "10 ou plus|10", "4.5+|4.5", "$4.5B+|4.5e9", "10+ bn|1e10"})
        void ceilingOrFloorReadsAsTheNumber(String text, double value) {
            assertValue(english(text), value);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "10–20|15", "10-20|15", "10—20|15", "10 - 20|15", "10 to 20|15", "10 à 20|15", "entre 10 et 20|15",
            "between 10 and 20|15", "from 10 to 20|15", "de 10 à 20 milliards|1.5e10", "10–20 bn|1.5e10",
            "$10B-$20B|1.5e10", "10 bn-20|1.5e10", "1.5-2 bn|1.75e9", "$10-20B|1.5e10", "entre 10 et 20 Md$|1.5e10",
            "500 M - 1 bn|7.5e8", "10,000-20,000|15000", "10-10|10"})
        void rangeReadsAsItsMidpoint(String text, double value) {
            assertValue(english(text), value);
        }

        @Test
        void unitOnOneSideOfARangeAppliesToBoth() {
            assertValue(english("10 – 20 milliards de dollars"), 1.5e10);
            assertThat(english("$10B-20").currency()).isEqualTo("USD");
            assertThat(english("10-20 EUR").currency()).isEqualTo("EUR");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "plus de 10, jusqu'à 20 milliards ou plus|1.5e10", "plus de 10, jusqu'à 20 milliards|1.5e10",
            "more than 10 and up to 20|15", "more than 10, up to 20 bn|1.5e10", "up to 20, more than 10|15",
            "plus de 10 jusqu'à 20|15"})
        void floorAndCeilingTogetherReadAsTheMidpoint(String text, double value) {
            assertValue(english(text), value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"20–10", "2025-09", "1 bn - 500 M", "plus de 20, jusqu'à 10", "up to 10, more than 20",
            "between 20 and 10"})
        void rangeThatGoesDownIsRejected(String text) {
            assertThat(rejection(text)).contains("smaller number");
        }

        @ParameterizedTest
        @ValueSource(strings = {"10, 20", "10 and 20", "10 20", "up to 10, up to 20", "more than 10, more than 20",
            "10-20-30", "entre 10", "between 10 and", "10-", "10 to", "to 20", "10 et 20 et 30"})
        void twoNumbersWithoutARangeAreRejected(String text) {
            assertThat(rejection(text)).startsWith("not an amount");
        }
    }

    @Nested
    class Approximations {

        @ParameterizedTest
        @ValueSource(strings = {"about 4.5", "~4.5", "~ 4.5", "≈ 4.5", "environ 4,5", "env. 4,5", "around 4.5",
            "approximately 4.5", "approx. 4.5", "circa 4.5", "c. 4.5", "ca. 4.5", "roughly 4.5", "nearly 4.5",
            "almost 4.5", "some 4.5", "près de 4,5", "autour de 4,5", "quelque 4,5", "an estimated 4.5", "est. 4.5"})
        void approximationReadsAsTheNumber(String text) {
            assertValue(english(text), 4.5);
        }

        @Test
        void approximateRangeReadsAsItsMidpoint() {
            assertValue(english("about 4.3–4.5 bn"), 4.4e9);
        }
    }

    @Nested
    class Undisclosed {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "undisclosed", "Undisclosed", "UNDISCLOSED", "non divulgué", "Non divulguée",
            "non divulgue", "n/a", "N/A", "na", "NA", "n.a.", "-", "—", "–", "--", "?", "not disclosed",
            "non communiqué", "n.d.", "nc", "tbd", "unknown", "inconnu", "Undisclosed amount", "montant non divulgué",
            "(undisclosed)", "\u00a0", "undisclosed (reported ~$10B)", "n/a [see note 3]"})
        void undisclosedWordsGiveAnUndisclosedAmount(String text) {
            Amount a = english(text);
            assertThat(a.isUndisclosed()).isTrue();
            assertThat(a.value()).isNaN();
            assertThat(a.currency()).isNull();
        }

        @Test
        void nullIsUndisclosed() {
            assertThat(english(null).isUndisclosed()).isTrue();
        }

        @Test
        void zeroIsAKnownZeroNotUndisclosed() {
            Amount a = english("0");
            assertThat(a.isUndisclosed()).isFalse();
            assertThat(a.value()).isZero();
            assertThat(english("$0").value()).isZero();
        }
    }

    @Nested
    class Remarks {

        @Test
        void trailingRemarkInBracketsIsIgnored() {
            Amount a = english("14 milliards de dollars (49 % du capital)");
            assertValue(a, 1.4e10);
            assertThat(a.currency()).isEqualTo("USD");
            assertThat(a.french()).isTrue();
        }

        @Test
        void remarkInSquareBracketsIsIgnored() {
            assertValue(english("$40B [estimate]"), 4e10);
        }

        @Test
        void footnoteMarkIsIgnored() {
            assertValue(english("$40B*"), 4e10);
        }

        @Test
        void bracketsHoldingOnlyUnitsAreRead() {
            assertValue(english("300 (USD bn)"), 3e11);
        }
    }

    @Nested
    class TermsWrittenInTheAmount {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "$300B over 5 years|3e11|over 5 years", "300 milliards de dollars sur 5 ans|3e11|sur 5 ans",
            "$300B, over 5 years|3e11|over 5 years", "10 bn over 18 months|1e10|over 18 months",
            "$300B over the next 5 years|3e11|over the next 5 years"})
        void termAfterTheAmountIsLeftOutWithAWarning(String text, double value, String term) {
            Parsed<Amount> p = AmountParser.parse(text, false, UnitHint.NONE);
            assertValue(p.value(), value);
            assertThat(p.warning())
                    .isEqualTo("the term \"" + term + "\" is not read from the amount: put it in the term column");
        }

        @Test
        void plainAmountHasNoWarning() {
            assertThat(AmountParser.parse("$300B", false, UnitHint.NONE).warning()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"$10B per year", "$10B a year", "10 Md$ par an", "$10B/yr", "$10B / year",
            "10 bn annually",
            "10 bn p.a.", "10 bn yearly"})
        void amountPerYearIsRejected(String text) {
            assertThat(rejection(text)).contains("per year");
        }

        @Test
        void wordsThatMerelyContainYearWordsAreNotPerYear() {
            assertThat(rejection("10 parts")).isEqualTo(NOT_AN_AMOUNT_MESSAGE);
        }
    }

    @Nested
    class Rejections {

        @ParameterizedTest
        @ValueSource(strings = {"-5", "-$5B", "− 5", "(5)", "($5B)", "( 5 bn )", "entre -5 et 10"})
        void negativeAmountIsRejected(String text) {
            assertThat(rejection(text)).isEqualTo("negative amount");
        }

        @Test
        void accountingZeroIsZero() {
            assertThat(english("(0)").value()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "several", "tens of billions", "a few billion", "lots", "$", "USD", "bn",
            "300 apples", "300 / 400", "10:30", "2025-09-10x", "300 bn bn", "#REF!",
            "1e999", "3 (", "(3", "300 Ꙭ"})
        void textThatIsNoAmountIsRejected(String text) {
            assertThat(rejection(text)).startsWith("not an amount");
        }

        @Test
        void numberTooLargeForADoubleIsRejected() {
            assertThat(rejection("1" + " 000".repeat(120))).isEqualTo("not an amount: too large");
            assertThat(rejection("1" + "0".repeat(400))).isEqualTo("not an amount: too large");
        }

        @Test
        void genericRejectionTellsWhatIsExpected() {
            assertThat(rejection("abc")).isEqualTo(NOT_AN_AMOUNT_MESSAGE);
        }

        @Test
        void percentageIsRejected() {
            assertThat(rejection("49 %")).contains("percentage");
        }
    }
}
