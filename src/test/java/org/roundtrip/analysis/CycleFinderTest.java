package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtrip.analysis.TestData.BN;
import static org.roundtrip.analysis.TestData.data;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;

class CycleFinderTest {

    private static CycleSearchResult find(Dataset dataset, int maxLength, int maxCycles) {
        return CycleFinder.find(dataset, new AnalysisOptions(false, maxLength, maxCycles, null));
    }

    private static TestData triangle() {
        return data().deal("Nvidia", "OpenAI", 100).deal("OpenAI", "Oracle", 300).deal("Oracle", "Nvidia", 40);
    }

    @Test
    void nvidiaOpenAiOracleTriangleCirculatesItsSmallestDeal() {
        CycleSearchResult result = CycleFinder.find(triangle().build(), AnalysisOptions.defaults());

        assertThat(result.cycles()).containsExactly(new Cycle(List.of("Nvidia", "OpenAI", "Oracle", "Nvidia"), 4.0E10));
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void cycleStartsAtItsAlphabeticallyFirstCompanyIgnoringCase() {
        Dataset dataset = data().deal("zeta", "Beta", 1).deal("Beta", "alpha", 2).deal("alpha", "zeta", 3).build();

        assertThat(find(dataset, 6, 10).cycles())
                .containsExactly(new Cycle(List.of("alpha", "zeta", "Beta", "alpha"), 1 * BN));
    }

    @Test
    void undisclosedPairGivesNullAndSortsLast() {
        Dataset dataset = triangle().deal("AMD", "OpenAI", Double.NaN).deal("OpenAI", "AMD", Double.NaN).build();

        assertThat(CycleFinder.find(dataset, AnalysisOptions.defaults()).cycles()).containsExactly(
                new Cycle(List.of("Nvidia", "OpenAI", "Oracle", "Nvidia"), 4.0E10),
                new Cycle(List.of("AMD", "OpenAI", "AMD"), null));
    }

    @Test
    void edgeWithSomeKnownAmountsWeighsTheKnownOnes() {
        Dataset dataset = data()
                .deal("AMD", "OpenAI", 10).deal("AMD", "OpenAI", Double.NaN).deal("AMD", "OpenAI", 5)
                .deal("OpenAI", "AMD", 90)
                .build();

        assertThat(find(dataset, 6, 10).cycles()).containsExactly(new Cycle(List.of("AMD", "OpenAI", "AMD"), 15 * BN));
    }

    @Test
    void cyclesLongerThanTheLimitAreNotReported() {
        Dataset square = data().deal("A", "B", 1).deal("B", "C", 1).deal("C", "D", 1).deal("D", "A", 1).build();

        assertThat(find(square, 3, 10).cycles()).isEmpty();
        assertThat(find(square, 3, 10).truncated()).isFalse();
        assertThat(find(square, 4, 10).cycles()).containsExactly(new Cycle(List.of("A", "B", "C", "D", "A"), 1 * BN));
    }

    @Test
    void twoCompaniesPayingEachOtherAreACycleOfTwo() {
        Dataset dataset = data().deal("A", "B", 1).deal("B", "A", 2).build();

        assertThat(find(dataset, 2, 10).cycles()).containsExactly(new Cycle(List.of("A", "B", "A"), 1 * BN));
    }

    @Test
    void onlyTheFirstMaxCyclesAreReportedAndTruncatedSaysSo() {
        Dataset dataset = data()
                .deal("A", "B", 5).deal("B", "A", 5)   // 5
                .deal("C", "D", 3).deal("D", "C", 9)   // 3
                .deal("E", "F", 1).deal("F", "E", 1)   // 1
                .build();

        CycleSearchResult two = find(dataset, 6, 2);
        assertThat(two.cycles()).extracting(Cycle::circulatingUsd).containsExactly(5 * BN, 3 * BN);
        assertThat(two.truncated()).isTrue();

        CycleSearchResult three = find(dataset, 6, 3);
        assertThat(three.cycles()).hasSize(3);
        assertThat(three.truncated()).isFalse();
    }

    @Test
    void noCycleAtAllIsNotTruncatedEvenWithZeroAllowed() {
        Dataset chain = data().deal("A", "B", 1).deal("B", "C", 1).build();

        assertThat(find(chain, 6, 0)).isEqualTo(new CycleSearchResult(List.of(), false));
    }

    @Test
    void zeroAllowedCyclesReportsNoneButSaysMoreExist() {
        assertThat(find(triangle().build(), 6, 0)).isEqualTo(new CycleSearchResult(List.of(), true));
    }

    @Test
    void equalAmountsAreOrderedByPath() {
        Dataset dataset = data()
                .deal("D", "C", 2).deal("C", "D", 2)
                .deal("A", "B", 2).deal("B", "A", 2)
                .deal("A", "C", 2).deal("C", "A", 2)
                .build();

        assertThat(find(dataset, 6, 10).cycles()).extracting(Cycle::path).containsExactly(
                List.of("A", "B", "A"), List.of("A", "C", "A"), List.of("C", "D", "C"));
        // the cut falls inside the tie: the path decides who stays
        assertThat(find(dataset, 6, 2).cycles()).extracting(Cycle::path).containsExactly(
                List.of("A", "B", "A"), List.of("A", "C", "A"));
    }

    @Test
    void aShorterPathSortsBeforeALongerOneSharingItsStart() {
        Dataset dataset = data()
                .deal("A", "B", 1).deal("B", "A", 1).deal("B", "C", 1).deal("C", "A", 1)
                .build();

        assertThat(find(dataset, 6, 10).cycles()).extracting(Cycle::path)
                .containsExactly(List.of("A", "B", "A"), List.of("A", "B", "C", "A"));
    }

    @Test
    void selfDealsAndTalksStayOutOfTheGraph() {
        Dataset dataset = data()
                .deal("A", "A", 7)
                .deal("A", "B", 1)
                .deal("B", "A", 1, Double.NaN, DealStatus.TALKS, DealDate.ofDay(TestData.DAY))
                .build();

        assertThat(find(dataset, 6, 10).cycles()).isEmpty();
        assertThat(CycleFinder.find(dataset, new AnalysisOptions(true, 6, 10, null)).cycles())
                .containsExactly(new Cycle(List.of("A", "B", "A"), 1 * BN));
    }

    @Test
    void aLongRingIsFoundWithoutRunningOutOfStack() {
        TestData ring = data();
        int companies = 1500;
        for (int i = 0; i < companies; i++) {
            ring.deal(String.format("C%04d", i), String.format("C%04d", (i + 1) % companies), 1 + i);
        }

        CycleSearchResult result = find(ring.build(), companies, 10);

        assertThat(result.cycles()).singleElement().satisfies(cycle -> {
            assertThat(cycle.length()).isEqualTo(companies);
            assertThat(cycle.circulatingUsd()).isEqualTo(1 * BN);
            assertThat(cycle.path().get(0)).isEqualTo("C0000");
        });
        assertThat(find(ring.build(), companies - 1, 10).cycles()).isEmpty();
    }

    @Test
    void optionsRefuseImpossibleLimits() {
        assertThatThrownBy(() -> new AnalysisOptions(false, 1, 10, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalysisOptions(false, 6, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AnalysisOptions.defaults()).isEqualTo(new AnalysisOptions(false, 6, 1000, null));
        assertThat(new AnalysisOptions(false, 6, 10, "  ").benchmark()).isNull();
    }
}
