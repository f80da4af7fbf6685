package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.roundtrip.analysis.TestData.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;

class EventStudyTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    /** Closes starting at 100 that make the given daily returns (returns[0] is unused). */
    private static double[] closesFrom(double[] returns) {
        double[] closes = new double[returns.length];
        closes[0] = 100;
        for (int i = 1; i < returns.length; i++) {
            closes[i] = closes[i - 1] * (1 + returns[i]);
        }
        return closes;
    }

    // Ten trading days, t0 = index 7. Estimation days −6..−3 are indices 1..4: the stock's return is
    // 0.001 + 2·market + e, with residuals e orthogonal to the market and summing to 0, so OLS gives
    // alpha 0.001 and beta 2 exactly and σ² = 4·(0.001)² / (4 − 2). Event days −1..+1 (indices 6..8)
    // follow the model except day 0, 5 points above it.
    private static final double[] MARKET = {0, 0.01, -0.02, 0.03, 0.00, 0.05, 0.004, 0.01, -0.005, 0};
    private static final double[] STOCK = {0, 0.022, -0.04, 0.06, 0.002, -0.3, 0.009, 0.071, -0.009, 0};
    private static final EventWindows SHORT = new EventWindows(-6, -3, -1, 1, 3);

    private static TestData exact() {
        return data()
                .company("AMD", "AMD", "SPX")
                .prices("AMD", FIRST, closesFrom(STOCK))
                .prices("SPX", FIRST, closesFrom(MARKET))
                .dealOn(FIRST.plusDays(7), "OpenAI", "AMD", 1);
    }

    private static EventStudyResult amdResult(Dataset dataset, EventWindows windows) {
        return EventStudy.compute(dataset, AnalysisOptions.defaults(), windows).stream()
                .filter(result -> result.company().equals("AMD")).findFirst().orElseThrow();
    }

    @Test
    void knownMarketModelIsRecoveredAndTheJumpIsTheOnlyAbnormalReturn() {
        EventStudyResult result = amdResult(exact().build(), SHORT);

        assertThat(result.skippedReason()).isNull();
        EventEstimate estimate = result.estimate();
        double sigma = Math.sqrt(4e-6 / 2);
        assertThat(estimate.t0()).isEqualTo(FIRST.plusDays(7));
        assertThat(estimate.estimationDays()).isEqualTo(4);
        assertThat(estimate.alpha()).isCloseTo(0.001, within(1e-12));
        assertThat(estimate.beta()).isCloseTo(2.0, within(1e-10));
        assertThat(estimate.residualSd()).isCloseTo(sigma, within(1e-12));
        assertThat(estimate.abnormalReturns()).extracting(AbnormalReturn::day).containsExactly(-1, 0, 1);
        assertThat(estimate.abnormalReturns()).extracting(AbnormalReturn::date)
                .containsExactly(FIRST.plusDays(6), FIRST.plusDays(7), FIRST.plusDays(8));
        assertThat(estimate.abnormalReturns().get(0).abnormal()).isCloseTo(0, within(1e-12));
        assertThat(estimate.abnormalReturns().get(1).actual()).isCloseTo(0.071, within(1e-12));
        assertThat(estimate.abnormalReturns().get(1).expected()).isCloseTo(0.021, within(1e-12));
        assertThat(estimate.abnormalReturns().get(1).abnormal()).isCloseTo(0.05, within(1e-12));
        assertThat(estimate.abnormalReturns().get(2).abnormal()).isCloseTo(0, within(1e-12));
        assertThat(estimate.car()).isCloseTo(0.05, within(1e-12));
        assertThat(estimate.tStatistic()).isCloseTo(0.05 / (sigma * Math.sqrt(3)), within(1e-6));
        double margin = 4.302652729749464 * sigma * Math.sqrt(3);  // Student's t, 2 degrees of freedom
        assertThat(estimate.confidenceLow()).isCloseTo(0.05 - margin, within(1e-9));
        assertThat(estimate.confidenceHigh()).isCloseTo(0.05 + margin, within(1e-9));
    }

    @Test
    void noisyStockGivesBackItsBetaAndItsJumpWithDefaultWindows() {
        Random random = new Random(7);
        int days = 300;
        int t0 = 200;
        double[] market = new double[days];
        double[] stock = new double[days];
        for (int i = 1; i < days; i++) {
            market[i] = random.nextGaussian() * 0.01;
            stock[i] = 0.0002 + 1.3 * market[i] + random.nextGaussian() * 0.002 + (i == t0 ? 0.08 : 0);
        }
        Dataset dataset = data()
                .company("AMD", "AMD", "SPX")
                .prices("AMD", FIRST, closesFrom(stock))
                .prices("SPX", FIRST, closesFrom(market))
                .dealOn(FIRST.plusDays(t0), "OpenAI", "AMD", 1)
                .build();

        EventEstimate estimate = amdResult(dataset, EventWindows.defaults()).estimate();

        assertThat(estimate.estimationDays()).isEqualTo(110);
        assertThat(estimate.beta()).isCloseTo(1.3, within(0.06));
        assertThat(estimate.residualSd()).isCloseTo(0.002, within(0.0005));
        assertThat(estimate.abnormalReturns().get(1).abnormal()).isCloseTo(0.08, within(0.01));
        assertThat(estimate.car()).isCloseTo(0.08, within(0.015));
        assertThat(estimate.tStatistic()).isGreaterThan(10);
        assertThat(estimate.confidenceLow()).isLessThan(0.08);
        assertThat(estimate.confidenceHigh()).isGreaterThan(0.08);
    }

    @Test
    void missingBenchmarkDaysInTheEstimationWindowCostOneObservationEach() {
        LocalDate[] dates = new LocalDate[MARKET.length];
        Arrays.setAll(dates, i -> FIRST.plusDays(i));
        double[] closes = closesFrom(MARKET);
        LocalDate[] withoutThird = new LocalDate[dates.length - 1];
        double[] closesWithoutThird = new double[dates.length - 1];
        for (int i = 0, j = 0; i < dates.length; i++) {
            if (i != 3) {
                withoutThird[j] = dates[i];
                closesWithoutThird[j++] = closes[i];
            }
        }
        Dataset dataset = exact().prices("SPX", withoutThird, closesWithoutThird).build();

        // the returns of days −5 and −4 both need index 3's close
        assertThat(amdResult(dataset, SHORT).skippedReason())
                .isEqualTo("2 trading days of returns for AMD and SPX in the estimation window (days -6 to -3), at least 3 needed");
    }

    @Test
    void shortHistoryIsSkippedWithTheReason() {
        EventStudyResult result = amdResult(exact().build(), EventWindows.defaults());

        assertThat(result.isEstimated()).isFalse();
        assertThat(result.skippedReason()).isEqualTo(
                "0 trading days of returns for AMD and SPX in the estimation window (days -120 to -11), at least 55 needed");
    }

    @Test
    void pricesEndingInsideTheEventWindowAreSkipped() {
        Dataset dataset = exact()
                .prices("AMD", FIRST, Arrays.copyOf(closesFrom(STOCK), 8))
                .build();

        assertThat(amdResult(dataset, SHORT).skippedReason()).isEqualTo("AMD prices stop before day +1 of the event window");
    }

    @Test
    void benchmarkMissingAnEventDayIsSkipped() {
        Dataset dataset = exact().prices("SPX", FIRST, Arrays.copyOf(closesFrom(MARKET), 8)).build();

        assertThat(amdResult(dataset, SHORT).skippedReason()).isEqualTo(
                "the benchmark SPX has no price on 2025-01-09 or the trading day before, inside the event window");
    }

    @Test
    void flatBenchmarkCannotExplainAnything() {
        Dataset dataset = exact().prices("SPX", FIRST, closesFrom(new double[10])).build();

        assertThat(amdResult(dataset, SHORT).skippedReason())
                .isEqualTo("the benchmark SPX did not move in the estimation window");
    }

    @Test
    void everyPartyOfEveryDayPrecisionDealGetsAResultOrAReason() {
        Dataset dataset = exact()
                .company("Oracle", "ORCL", null)
                .company("Broadcom", "AVGO", "SPX")
                .prices("ORCL", FIRST, closesFrom(STOCK))
                .company("Nvidia", "NVDA", "NDX")
                .prices("NVDA", FIRST, closesFrom(STOCK))
                .dealOn(FIRST.plusDays(7), "Oracle", "Broadcom", 1)
                .dealOn(FIRST.plusDays(2), "Nvidia", "OpenAI", 1)
                .deal("Nvidia", "AMD", 1, Double.NaN, DealStatus.SIGNED, DealDate.ofMonth(2025, 1))
                .dealOn(FIRST.plusDays(7), "AMD", "AMD", 1)
                .build();

        List<EventStudyResult> results = EventStudy.compute(dataset, AnalysisOptions.defaults(), SHORT);

        assertThat(results).extracting(EventStudyResult::company, EventStudyResult::skippedReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nvidia", "no prices for the benchmark NDX"),
                org.assertj.core.groups.Tuple.tuple("OpenAI", "OpenAI has no ticker"),
                org.assertj.core.groups.Tuple.tuple("AMD", null),
                org.assertj.core.groups.Tuple.tuple("Broadcom", "no prices for AVGO"),
                org.assertj.core.groups.Tuple.tuple("OpenAI", "OpenAI has no ticker"),
                org.assertj.core.groups.Tuple.tuple("Oracle", "Oracle has no benchmark"));
    }

    @Test
    void benchmarkOptionAppliesToTheEventStudyToo() {
        Dataset dataset = exact().company("AMD", "AMD", null).build();

        List<EventStudyResult> results = EventStudy.compute(dataset, new AnalysisOptions(false, 6, 1000, "SPX"), SHORT);

        assertThat(results).filteredOn(EventStudyResult::isEstimated).singleElement()
                .satisfies(result -> assertThat(result.benchmark()).isEqualTo("SPX"));
    }

    @Test
    void announcementWithoutANearbyTradingDayIsSkipped() {
        Dataset dataset = exact().dealOn(FIRST.plusDays(30), "OpenAI", "AMD", 1).build();

        assertThat(EventStudy.compute(dataset, AnalysisOptions.defaults(), SHORT))
                .filteredOn(result -> result.company().equals("AMD") && !result.isEstimated())
                .extracting(EventStudyResult::skippedReason)
                .containsExactly("AMD has no trading day within 7 days after 2025-01-31 with a day before it");
    }

    @Test
    void studentQuantileMatchesTheTables() {
        assertThat(EventStudy.studentT975(3)).isCloseTo(3.182, within(0.01));
        assertThat(EventStudy.studentT975(10)).isCloseTo(2.228, within(0.0005));
        assertThat(EventStudy.studentT975(30)).isCloseTo(2.042, within(0.0005));
        assertThat(EventStudy.studentT975(108)).isCloseTo(1.982, within(0.0005));
    }

    @Test
    void windowsMustNotOverlapNorBeEmpty() {
        assertThatThrownBy(() -> new EventWindows(-10, -1, -1, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventWindows(-10, -20, -1, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventWindows(-120, -11, 1, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventWindows(-120, -11, -1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EventWindows.defaults().eventDays()).isEqualTo(3);
    }

    @Test
    void aSecondComputationOnTheSamePricesReusesTheEstimateAndAgreesWithAFreshOne() {
        Dataset dataset = exact().build();
        EventStudyResult first = amdResult(dataset, SHORT);
        EventStudyResult second = amdResult(dataset, SHORT);
        // the filter changes which deals are studied, never an estimate: it is fitted once
        assertThat(second.estimate()).isSameAs(first.estimate());
        EventStudy.Attempt fresh = EventStudy.estimate(dataset.prices("AMD").orElseThrow(),
                dataset.prices("SPX").orElseThrow(), FIRST.plusDays(7), SHORT);
        assertThat(second.estimate()).isEqualTo(fresh.estimate());
        // other windows are another question
        EventWindows wider = new EventWindows(-6, -3, -2, 1, 3);
        assertThat(amdResult(dataset, wider).estimate()).isNotSameAs(first.estimate());
    }
}
