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

class CoverageTest {

    private static final AnalysisOptions DEFAULTS = AnalysisOptions.defaults();

    private static Dataset dataset() {
        return data()
                .deal("OpenAI", "Oracle", 300, 5, DealStatus.SIGNED, DealDate.ofDay(TestData.DAY))  // 60 a year
                .deal("OpenAI", "AMD", 30)                                                          // 30 a year
                .deal("Nvidia", "OpenAI", 100)
                .deal("Oracle", "Nvidia", 40)
                .deal("CoreWeave", "Nvidia", 10)
                .revenue("OpenAI", 2025, 10)
                .revenue("Nvidia", 2025, 130)
                .revenue("Oracle", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), 0, RevenuePeriod.REVENUE)
                .revenue("AMD", 2025, 30)
                .build();
    }

    @Test
    void openAiMustGrowItsRevenueNinefoldByTwentyThirty() {
        CoverageNeed openAi = Coverage.compute(dataset(), DEFAULTS).stream()
                .filter(need -> need.company().equals("OpenAI")).findFirst().orElseThrow();

        assertThat(openAi.annualRevenueUsd()).isEqualTo(10 * BN);
        assertThat(openAi.annualOutgoingUsd()).isEqualTo(90 * BN);
        assertThat(openAi.fromYear()).isEqualTo(2025);
        assertThat(openAi.targetYear()).isEqualTo(2030);
        assertThat(openAi.years()).isEqualTo(5);
        assertThat(openAi.covered()).isFalse();
        assertThat(openAi.requiredGrowth()).isCloseTo(Math.pow(9, 0.2) - 1, within(1e-12));
        assertThat(openAi.requiredGrowth()).isCloseTo(0.5518, within(1e-4));
    }

    @Test
    void alreadyCoveredNeedsNoGrowthAndMayEvenShrink() {
        CoverageNeed nvidia = Coverage.compute(dataset(), DEFAULTS).stream()
                .filter(need -> need.company().equals("Nvidia")).findFirst().orElseThrow();

        assertThat(nvidia.covered()).isTrue();
        assertThat(nvidia.requiredGrowth()).isCloseTo(Math.pow(100.0 / 130, 0.2) - 1, within(1e-12)).isNegative();
    }

    @Test
    void revenueEqualToCommitmentsNeedsZeroGrowth() {
        Dataset dataset = data().deal("AMD", "OpenAI", 30).revenue("AMD", 2025, 30).build();

        assertThat(Coverage.compute(dataset, DEFAULTS)).singleElement().satisfies(need -> {
            assertThat(need.covered()).isTrue();
            assertThat(need.requiredGrowth()).isEqualTo(0.0);
        });
    }

    @Test
    void noYearsLeftGivesNoGrowthRate() {
        List<CoverageNeed> sameYear = Coverage.compute(dataset(), DEFAULTS, 2025);
        List<CoverageNeed> pastYear = Coverage.compute(dataset(), DEFAULTS, 2020);

        assertThat(sameYear).extracting(CoverageNeed::requiredGrowth).containsOnlyNulls();
        assertThat(pastYear).extracting(CoverageNeed::years).containsOnly(-5);
        assertThat(pastYear).extracting(CoverageNeed::covered).containsExactly(true, false);
    }

    @Test
    void onlyCompaniesWithRevenueAboveZeroAndCommitmentsAreListed() {
        // AMD commits nothing, CoreWeave has no revenue, Oracle's revenue is 0
        assertThat(Coverage.compute(dataset(), DEFAULTS)).extracting(CoverageNeed::company)
                .containsExactly("Nvidia", "OpenAI");
    }

    @Test
    void growthStartsFromTheYearTheNewestPeriodEnds() {
        Dataset dataset = data()
                .deal("Oracle", "Nvidia", 80)
                .revenue("Oracle", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), 20, RevenuePeriod.REVENUE)
                .build();

        assertThat(Coverage.compute(dataset, DEFAULTS)).singleElement().satisfies(need -> {
            assertThat(need.fromYear()).isEqualTo(2026);
            assertThat(need.requiredGrowth()).isCloseTo(Math.pow(4, 0.25) - 1, within(1e-12));
        });
    }
}
