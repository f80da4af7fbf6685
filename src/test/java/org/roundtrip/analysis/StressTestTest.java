package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.roundtrip.analysis.TestData.BN;
import static org.roundtrip.analysis.TestData.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.RevenuePeriod;

class StressTestTest {

    private static final AnalysisOptions DEFAULTS = AnalysisOptions.defaults();

    /** Nvidia pays OpenAI, which pays Oracle, AMD, Broadcom and CoreWeave; AMD and Oracle pay a little onwards. */
    private static Dataset web() {
        return data()
                .deal("Nvidia", "OpenAI", 100)
                .deal("OpenAI", "Oracle", 300, 5, DealStatus.SIGNED, DealDate.ofDay(TestData.DAY))
                .deal("OpenAI", "AMD", 90)
                .deal("OpenAI", "Broadcom", 10)                 // exactly half of Broadcom's revenue
                .deal("OpenAI", "CoreWeave", 22)                // CoreWeave has no revenue row
                .deal("OpenAI", "CoreWeave", Double.NaN)        // undisclosed: not lost, not counted
                .deal("Oracle", "Nvidia", 40)
                .deal("AMD", "Micron", 1)
                .deal("Nvidia", "Micron", 100, Double.NaN, DealStatus.TALKS, DealDate.ofDay(TestData.DAY))
                .revenue("OpenAI", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 4.5, RevenuePeriod.REVENUE)
                .revenue("Oracle", 2025, 60)
                .revenue("AMD", 2025, 30)
                .revenue("Broadcom", 2025, 20)
                .revenue("Micron", 2025, 30)
                .revenue("Nvidia", 2025, 130)
                .build();
    }

    @Test
    void nvidiaFailingBringsDownOpenAiThenItsSuppliers() {
        StressResult result = StressTest.run(web(), DEFAULTS, "Nvidia");

        assertThat(result.threshold()).isEqualTo(0.5);
        assertThat(result.rounds()).containsExactly(
                List.of("Nvidia"), List.of("OpenAI"), List.of("AMD", "Broadcom", "Oracle"));
        assertThat(result.failed()).containsExactly("Nvidia", "OpenAI", "AMD", "Broadcom", "Oracle");
    }

    @Test
    void everyCompanysLostInflowsAreReportedInDollarsAndRevenueShare() {
        StressResult result = StressTest.run(web(), DEFAULTS, "Nvidia");

        assertThat(result.losses()).extracting(CompanyLoss::company)
                .containsExactly("AMD", "Broadcom", "CoreWeave", "Micron", "Nvidia", "OpenAI", "Oracle");
        assertThat(result.losses().get(0)).isEqualTo(new CompanyLoss("AMD", 90 * BN, 30 * BN, 3.0, 2));
        assertThat(result.losses().get(1)).isEqualTo(new CompanyLoss("Broadcom", 10 * BN, 20 * BN, 0.5, 2));
        assertThat(result.losses().get(2)).isEqualTo(new CompanyLoss("CoreWeave", 22 * BN, null, null, null));
        CompanyLoss micron = result.losses().get(3);
        assertThat(micron.lostInflowsUsd()).isEqualTo(1 * BN);
        assertThat(micron.revenueShare()).isCloseTo(1.0 / 30, within(1e-12));
        assertThat(micron.failedInRound()).isNull();
        CompanyLoss nvidia = result.losses().get(4);
        assertThat(nvidia.lostInflowsUsd()).isEqualTo(40 * BN);  // Oracle failed after it, owing it 40
        assertThat(nvidia.failedInRound()).isZero();
        assertThat(result.losses().get(5).revenueShare()).isCloseTo(100.0 / 9, within(1e-12));
        assertThat(result.losses().get(6).revenueShare()).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void aHigherThresholdStopsTheCascade() {
        StressResult result = StressTest.run(web(), DEFAULTS, List.of("Nvidia"), 20);

        assertThat(result.rounds()).containsExactly(List.of("Nvidia"));
        assertThat(result.losses()).filteredOn(loss -> loss.company().equals("OpenAI")).singleElement()
                .satisfies(loss -> assertThat(loss.failedInRound()).isNull());
    }

    @Test
    void talksCountOnlyWhenIncluded() {
        StressResult withTalks = StressTest.run(web(), new AnalysisOptions(true, 6, 1000, null), "Nvidia");

        assertThat(withTalks.rounds().get(1)).containsExactly("Micron", "OpenAI");
    }

    @Test
    void aCompanyThatOwesNothingTakesNobodyDown() {
        assertThat(StressTest.run(web(), DEFAULTS, "Micron").rounds()).containsExactly(List.of("Micron"));
    }

    @Test
    void severalCompaniesCanFailAtTheStart() {
        StressResult result = StressTest.run(web(), DEFAULTS, List.of("Oracle", "AMD"), 0.5);

        assertThat(result.rounds()).containsExactly(List.of("AMD", "Oracle"));  // Nvidia loses 40 of 130
    }

    @Test
    void exposuresListWhoOwesWhomAgainstRevenue() {
        List<Exposure> exposures = StressTest.exposures(web(), DEFAULTS);

        assertThat(exposures).extracting(Exposure::company, Exposure::counterparty).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AMD", "OpenAI"),
                org.assertj.core.groups.Tuple.tuple("Broadcom", "OpenAI"),
                org.assertj.core.groups.Tuple.tuple("CoreWeave", "OpenAI"),
                org.assertj.core.groups.Tuple.tuple("Micron", "AMD"),
                org.assertj.core.groups.Tuple.tuple("Nvidia", "Oracle"),
                org.assertj.core.groups.Tuple.tuple("OpenAI", "Nvidia"),
                org.assertj.core.groups.Tuple.tuple("Oracle", "OpenAI"));
        assertThat(exposures.get(0)).isEqualTo(new Exposure("AMD", "OpenAI", 90 * BN, 3.0));
        assertThat(exposures.get(2)).isEqualTo(new Exposure("CoreWeave", "OpenAI", 22 * BN, null));
    }

    @Test
    void eachCompanyCanBeFailedAlone() {
        Map<String, StressResult> results = StressTest.eachCompanyFailing(web(), DEFAULTS, 0.5);

        assertThat(results.keySet()).containsExactly("AMD", "Broadcom", "CoreWeave", "Micron", "Nvidia", "OpenAI", "Oracle");
        assertThat(results.get("OpenAI").failed()).containsExactly("OpenAI", "AMD", "Broadcom", "Oracle");
        assertThat(results.get("Oracle").failed()).containsExactly("Oracle");
    }

    @Test
    void unknownCompanyOrImpossibleThresholdIsRefused() {
        assertThatThrownBy(() -> StressTest.run(web(), DEFAULTS, "Intel")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StressTest.run(web(), DEFAULTS, List.of("Nvidia"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StressTest.run(web(), DEFAULTS, List.of("Nvidia"), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
