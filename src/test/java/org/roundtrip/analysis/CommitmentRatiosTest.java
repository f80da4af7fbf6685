package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.roundtrip.analysis.TestData.BN;
import static org.roundtrip.analysis.TestData.data;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.RevenuePeriod;

class CommitmentRatiosTest {

    private static final AnalysisOptions DEFAULTS = AnalysisOptions.defaults();

    private static CompanyFigures figuresOf(Dataset dataset, AnalysisOptions options, String name) {
        return CommitmentRatios.compute(dataset, options).stream()
                .filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void outgoingAndIncomingSumKnownAmounts() {
        Dataset dataset = data()
                .deal("OpenAI", "Oracle", 300)
                .deal("OpenAI", "AMD", 90)
                .deal("Nvidia", "OpenAI", 100)
                .build();

        CompanyFigures openAi = figuresOf(dataset, DEFAULTS, "OpenAI");

        assertThat(openAi.outgoingUsd()).isEqualTo(390 * BN);
        assertThat(openAi.incomingUsd()).isEqualTo(100 * BN);
        assertThat(openAi.annualOutgoingUsd()).isEqualTo(390 * BN);
    }

    @Test
    void firstHalfRevenueDoubles() {
        Dataset dataset = data()
                .deal("OpenAI", "Oracle", 300)
                .revenue("OpenAI", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 4.5, RevenuePeriod.REVENUE)
                .build();

        CompanyFigures openAi = figuresOf(dataset, DEFAULTS, "OpenAI");

        assertThat(openAi.annualRevenueUsd()).isEqualTo(9 * BN);
        assertThat(openAi.ratio()).isCloseTo(300.0 / 9, within(1e-12));
        assertThat(openAi.annualRatio()).isCloseTo(300.0 / 9, within(1e-12));
    }

    @Test
    void newestPeriodWinsWhateverTheRowOrder() {
        Dataset dataset = data()
                .revenue("OpenAI", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 4.5, RevenuePeriod.REVENUE)
                .revenue("OpenAI", 2024, 3.7)
                .build();

        assertThat(figuresOf(dataset, DEFAULTS, "OpenAI").annualRevenueUsd()).isEqualTo(9 * BN);
    }

    @Test
    void periodsEndingTheSameDayLeaveTheLaterRow() {
        Dataset dataset = data()
                .revenue("Oracle", 2025, 50)
                .revenue("Oracle", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 30, RevenuePeriod.REVENUE)
                .build();

        assertThat(figuresOf(dataset, DEFAULTS, "Oracle").annualRevenueUsd()).isEqualTo(60 * BN);
    }

    @Test
    void noRevenueGivesNullRevenueAndRatios() {
        Dataset dataset = data().deal("OpenAI", "Oracle", 300).build();

        CompanyFigures openAi = figuresOf(dataset, DEFAULTS, "OpenAI");

        assertThat(openAi.annualRevenueUsd()).isNull();
        assertThat(openAi.ratio()).isNull();
        assertThat(openAi.annualRatio()).isNull();
    }

    @Test
    void zeroRevenueIsReportedButGivesNoRatio() {
        Dataset dataset = data().deal("Startup", "Oracle", 1).revenue("Startup", 2025, 0).build();

        CompanyFigures startup = figuresOf(dataset, DEFAULTS, "Startup");

        assertThat(startup.annualRevenueUsd()).isEqualTo(0.0);
        assertThat(startup.ratio()).isNull();
        assertThat(startup.annualRatio()).isNull();
    }

    @Test
    void ebitdaIsNotRevenue() {
        Dataset dataset = data()
                .revenue("Oracle", 2024, 50)
                .revenue("Oracle", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 20, "ebitda")
                .build();

        assertThat(figuresOf(dataset, DEFAULTS, "Oracle").annualRevenueUsd()).isEqualTo(50 * BN);
    }

    @Test
    void onlyEbitdaMeansNoRevenue() {
        Dataset dataset = data()
                .revenue("Oracle", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 20, "ebitda")
                .build();

        assertThat(figuresOf(dataset, DEFAULTS, "Oracle").annualRevenueUsd()).isNull();
    }

    @Test
    void talksAreLeftOutUnlessIncluded() {
        Dataset dataset = data()
                .deal("OpenAI", "Oracle", 300)
                .deal("OpenAI", "Broadcom", 10, Double.NaN, DealStatus.TALKS, DealDate.ofDay(TestData.DAY))
                .build();

        assertThat(figuresOf(dataset, DEFAULTS, "OpenAI").outgoingUsd()).isEqualTo(300 * BN);
        assertThat(figuresOf(dataset, new AnalysisOptions(true, 6, 1000, null), "OpenAI").outgoingUsd())
                .isEqualTo(310 * BN);
        assertThat(figuresOf(dataset, DEFAULTS, "Broadcom").incomingUsd()).isZero();
    }

    @Test
    void selfDealIsLeftOutOfTheFigures() {
        Dataset dataset = data().deal("Oracle", "Oracle", 5).deal("Oracle", "Nvidia", 40).build();

        CompanyFigures oracle = figuresOf(dataset, DEFAULTS, "Oracle");

        assertThat(oracle.outgoingUsd()).isEqualTo(40 * BN);
        assertThat(oracle.incomingUsd()).isZero();
        assertThat(oracle.annualOutgoingUsd()).isEqualTo(40 * BN);
    }

    @Test
    void undisclosedAmountsAreNotSummed() {
        Dataset dataset = data().deal("AMD", "OpenAI", Double.NaN).deal("AMD", "Oracle", 2).build();

        assertThat(figuresOf(dataset, DEFAULTS, "AMD").outgoingUsd()).isEqualTo(2 * BN);
        assertThat(figuresOf(dataset, DEFAULTS, "OpenAI").incomingUsd()).isZero();
    }

    @Test
    void annualOutgoingSpreadsAnAmountOverItsTermAndAShortTermOverOneYear() {
        DealDate day = DealDate.ofDay(TestData.DAY);
        Dataset dataset = data()
                .deal("OpenAI", "Oracle", 300, 5, DealStatus.SIGNED, day)      // 60 a year
                .deal("OpenAI", "CoreWeave", 12, 0.5, DealStatus.SIGNED, day)  // term < 1: one year
                .deal("OpenAI", "AMD", 8)                                      // no term: one year
                .revenue("OpenAI", 2025, 10)
                .build();

        CompanyFigures openAi = figuresOf(dataset, DEFAULTS, "OpenAI");

        assertThat(openAi.outgoingUsd()).isEqualTo(320 * BN);
        assertThat(openAi.annualOutgoingUsd()).isEqualTo(80 * BN);
        assertThat(openAi.annualRatio()).isCloseTo(8.0, within(1e-12));
        assertThat(openAi.ratio()).isCloseTo(32.0, within(1e-12));
    }

    @Test
    void everyCompanyIsListedInNameOrderEvenWithoutDeals() {
        Dataset dataset = data()
                .deal("nvidia", "OpenAI", 100)
                .revenue("AMD", 2025, 30)
                .company("Broadcom", "AVGO", null)
                .build();

        List<CompanyFigures> figures = CommitmentRatios.compute(dataset, DEFAULTS);

        assertThat(figures).extracting(CompanyFigures::name).containsExactly("AMD", "Broadcom", "nvidia", "OpenAI");
        assertThat(figures.get(1)).isEqualTo(new CompanyFigures("Broadcom", 0, 0, 0, null, null, null));
    }
}
