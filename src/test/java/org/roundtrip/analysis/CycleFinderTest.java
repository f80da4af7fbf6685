package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtrip.analysis.TestData.BN;
import static org.roundtrip.analysis.TestData.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.Names;

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

    /** Every one of n companies pays every other {@code billions} (NaN: undisclosed); company i is "C" + i, two digits. */
    private static TestData clique(int n, double billions) {
        TestData data = data();
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                if (from != to) {
                    data.deal(c(from), c(to), billions);
                }
            }
        }
        return data;
    }

    private static String c(int i) {
        return String.format("C%02d", i);
    }

    private static List<String> path(int... companies) {
        List<String> path = new ArrayList<>();
        for (int company : companies) {
            path.add(c(company));
        }
        return path;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFullyConnectedTieGivesItsFirstCyclesInPathOrderWithoutListingThemAll() {
        // 60 companies all paying each other 1 bn: about 5e10 cycles of up to 6 companies, all of 1 bn
        CycleSearchResult result = find(clique(60, 1).build(), 6, 1000);

        assertThat(result.truncated()).isTrue();
        assertThat(result.cycles()).hasSize(1000).allMatch(cycle -> cycle.circulatingUsd() == 1 * BN);
        assertThat(result.cycles()).extracting(Cycle::path).startsWith(
                path(0, 1, 0),
                path(0, 1, 2, 0),
                path(0, 1, 2, 3, 0),
                path(0, 1, 2, 3, 4, 0),
                path(0, 1, 2, 3, 4, 5, 0),
                path(0, 1, 2, 3, 4, 6, 0));
        // after the first three, 56 cycles start with each [C00, C01, C02, C03, x]: 17 of them fill 952,
        // and the last 45 start with x = C21: [.., C21, C00], then C04 … C20 and C22 … C48 sixth
        assertThat(result.cycles().get(999).path()).isEqualTo(path(0, 1, 2, 3, 21, 48, 0));
        for (int i = 1; i < result.cycles().size(); i++) {
            assertThat(Names.PATH_ORDER.compare(result.cycles().get(i - 1).path(), result.cycles().get(i).path()))
                    .isNegative();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLargeUndisclosedCliqueGivesItsFirstCyclesInPathOrderAfterTheKnownOnes() {
        // 50 companies paying each other undisclosed amounts, except C00 <-> C01 at 5 bn: one known
        // cycle, then millions of undisclosed ones, which may still use the known edges
        TestData data = clique(50, Double.NaN).deal(c(0), c(1), 5).deal(c(1), c(0), 5);

        CycleSearchResult result = find(data.build(), 4, 300);

        assertThat(result.truncated()).isTrue();
        assertThat(result.cycles()).hasSize(300);
        assertThat(result.cycles().subList(0, 5)).containsExactly(
                new Cycle(path(0, 1, 0), 5 * BN),
                new Cycle(path(0, 1, 2, 0), null),
                new Cycle(path(0, 1, 2, 3, 0), null),
                new Cycle(path(0, 1, 2, 4, 0), null),
                new Cycle(path(0, 1, 2, 5, 0), null));
        // 48 undisclosed cycles start with each [C00, C01, x]: [.., x, C00], then the 47 others fourth; six
        // of them (x = C02 … C07) fill 288, then [C00, C01, C08, C00] and ten more, C02 … C07, C09 … C12 fourth
        assertThat(result.cycles().get(299)).isEqualTo(new Cycle(path(0, 1, 8, 12, 0), null));
        assertThat(result.cycles().subList(1, 300)).allMatch(cycle -> cycle.circulatingUsd() == null);
    }

    @Test
    void optionsRefuseImpossibleLimits() {
        assertThatThrownBy(() -> new AnalysisOptions(false, 1, 10, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalysisOptions(false, 6, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AnalysisOptions.defaults()).isEqualTo(new AnalysisOptions(false, 6, 1000, null));
        assertThat(new AnalysisOptions(false, 6, 10, "  ").benchmark()).isNull();
    }
}
