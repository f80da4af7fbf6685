package org.roundtrip.analysis;

import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.analysis.TestData.BN;
import static org.roundtrip.analysis.TestData.DAY;
import static org.roundtrip.analysis.TestData.data;

class ImportChangesTest {

    private static final AnalysisOptions DEFAULTS = AnalysisOptions.defaults();

    @Test
    void identicalImportsChangeNothingButStillListEveryCompany() {
        Dataset d = data().deal("OpenAI", "Oracle", 300).revenue("OpenAI", 2025, 10).build();
        ImportChanges c = ImportChanges.between(d, d, DEFAULTS);
        assertThat(c.added()).isEmpty();
        assertThat(c.removed()).isEmpty();
        assertThat(c.changed()).isEmpty();
        assertThat(c.companies()).extracting(RatioChange::company).containsExactly("OpenAI", "Oracle");
        assertThat(c.companies()).noneMatch(RatioChange::moved);
        assertThat(c.companies().get(0).ratioAfter()).isEqualTo(30.0);
    }

    @Test
    void aNewAmountIsAChangeOfAmountUsdAndAmountTextAndMovesTheRatio() {
        Dataset before = data().deal("OpenAI", "Oracle", 300).revenue("OpenAI", 2025, 10).build();
        Dataset after = data().deal("OpenAI", "Oracle", 350).revenue("OpenAI", 2025, 10).build();
        ImportChanges c = ImportChanges.between(before, after, DEFAULTS);
        assertThat(c.changed()).singleElement().satisfies(change -> assertThat(change.fields()).containsExactly(
                new FieldChange("amountUsd", 300 * BN, 350 * BN),
                new FieldChange("amountText", "300.0 bn", "350.0 bn")));
        RatioChange openai = c.companies().get(0);
        assertThat(openai.moved()).isTrue();
        assertThat(openai.ratioBefore()).isEqualTo(30.0);
        assertThat(openai.ratioAfter()).isEqualTo(35.0);
    }

    @Test
    void dealsAreMatchedByPayerRecipientAndDateWhateverTheirStatus() {
        Dataset before = data()
                .deal("Nvidia", "OpenAI", 100, Double.NaN, DealStatus.TALKS, DealDate.ofDay(DAY))
                .dealOn(LocalDate.of(2025, 5, 23), "Oracle", "Nvidia", 40)
                .build();
        Dataset after = data()
                .deal("Nvidia", "OpenAI", 100, 5, DealStatus.SIGNED, DealDate.ofDay(DAY))
                .dealOn(LocalDate.of(2025, 5, 24), "Oracle", "Nvidia", 40)
                .build();
        ImportChanges c = ImportChanges.between(before, after, DEFAULTS);
        assertThat(c.changed()).singleElement().satisfies(change -> assertThat(change.fields()).containsExactly(
                new FieldChange("termYears", null, 5.0),
                new FieldChange("status", "talks", "signed")));
        assertThat(c.removed()).singleElement().satisfies(d -> assertThat(d.date().toString()).isEqualTo("2025-05-23"));
        assertThat(c.added()).singleElement().satisfies(d -> assertThat(d.date().toString()).isEqualTo("2025-05-24"));
    }

    @Test
    void twoDealsWithTheSameKeyArePairedInReadingOrder() {
        Dataset before = data().deal("A", "B", 1).deal("A", "B", 2).build();
        Dataset after = data().deal("A", "B", 1).build();
        ImportChanges c = ImportChanges.between(before, after, DEFAULTS);
        assertThat(c.changed()).isEmpty();
        assertThat(c.removed()).singleElement().satisfies(d -> assertThat(d.amountUsd()).isEqualTo(2 * BN));
    }

    @Test
    void anUndisclosedAmountIsNullAndACompanyInOneImportOnlyHasNullRatiosInTheOther() {
        Dataset before = data().deal("A", "B", Double.NaN).build();
        Dataset after = data().deal("A", "B", 5).revenue("C", 2025, 1).build();
        ImportChanges c = ImportChanges.between(before, after, DEFAULTS);
        assertThat(c.changed().get(0).fields().get(0)).isEqualTo(new FieldChange("amountUsd", null, 5 * BN));
        RatioChange newcomer = c.companies().get(2);
        assertThat(newcomer.company()).isEqualTo("C");
        assertThat(newcomer.ratioBefore()).isNull();
        assertThat(newcomer.ratioAfter()).isEqualTo(0.0);
    }
}
