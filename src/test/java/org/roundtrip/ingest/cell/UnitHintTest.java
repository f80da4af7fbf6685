package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitHintTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "usd bn|1e9|USD", "(USD bn)|1e9|USD", "md $|1e9|USD", "Md$|1e9|USD", "mds €|1e9|EUR", "eur m|1e6|EUR",
        "k|1e3|null", "JPY bn|1e9|JPY", "in billions|1e9|null", "en milliards|1e9|null",
        "en milliards d'euros|1e9|EUR", "USD|1|USD", "Amount (USD bn)|1e9|USD", "amount_usd_bn|1e9|USD",
        "£m|1e6|GBP", "US$ mn|1e6|USD", "in thousands|1e3|null", "tn|1e12|null", "CHF M|1e6|CHF",
        "B|1e9|null", "millions de dollars|1e6|USD", "SEK|1|SEK", "chf|1|CHF", "Amount (USDbn)|1e9|USD",
        "eurm|1e6|EUR"})
    void readsUnitAndCurrencyWords(String words, double multiplier, String currency) {
        assertThat(UnitHint.parse(words, false)).isEqualTo(new UnitHint(multiplier, currency));
    }

    @Test
    void billionWordIsThousandBillionsInFrenchSheet() {
        assertThat(UnitHint.parse("en billions", true).multiplier()).isEqualTo(1e12);
        assertThat(UnitHint.parse("in billions", false).multiplier()).isEqualTo(1e9);
    }

    @Test
    void bnIsAlwaysBillionEvenInFrenchSheet() {
        assertThat(UnitHint.parse("USD bn", true).multiplier()).isEqualTo(1e9);
    }

    @Test
    void unknownWordsAreIgnored() {
        assertThat(UnitHint.parse("montant total", false)).isEqualTo(UnitHint.NONE);
        assertThat(UnitHint.parse("value (estimated, usd bn)", false)).isEqualTo(new UnitHint(1e9, "USD"));
    }

    @Test
    void lowerCaseWordsThatHappenToBeRareCurrencyCodesAreNotCurrencies() {
        // "all" is the code of the Albanian lek, "top" of the Tongan pa'anga
        assertThat(UnitHint.parse("all amounts in bn", false)).isEqualTo(new UnitHint(1e9, null));
        assertThat(UnitHint.parse("top deals", false)).isEqualTo(UnitHint.NONE);
        assertThat(UnitHint.parse("ALL", false).currency()).isEqualTo("ALL");
    }

    @Test
    void firstUnitAndFirstCurrencyWin() {
        assertThat(UnitHint.parse("bn m EUR USD", false)).isEqualTo(new UnitHint(1e9, "EUR"));
    }

    @Test
    void nullOrBlankGivesNone() {
        assertThat(UnitHint.parse(null, false)).isEqualTo(UnitHint.NONE);
        assertThat(UnitHint.parse("  ", true)).isEqualTo(UnitHint.NONE);
    }

    @Test
    void constructorRefusesImpossibleHints() {
        assertThatThrownBy(() -> new UnitHint(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitHint(1, "usd")).isInstanceOf(IllegalArgumentException.class);
    }
}
