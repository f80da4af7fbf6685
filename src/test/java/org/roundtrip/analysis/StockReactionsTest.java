package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.roundtrip.analysis.TestData.data;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;

class StockReactionsTest {

    private static final LocalDate THU = LocalDate.of(2025, 10, 2);
    private static final LocalDate FRI = LocalDate.of(2025, 10, 3);
    private static final LocalDate SAT = LocalDate.of(2025, 10, 4);
    private static final LocalDate SUN = LocalDate.of(2025, 10, 5);
    private static final LocalDate MON = LocalDate.of(2025, 10, 6);
    private static final LocalDate TUE = LocalDate.of(2025, 10, 7);

    private static LocalDate[] days(LocalDate... days) {
        return days;
    }

    private static double[] closes(double... closes) {
        return closes;
    }

    /** AMD priced Thu, Fri, Mon, Tue; its index has the same days unless a test says otherwise. */
    private static TestData amd() {
        return data()
                .company("AMD", "AMD", "SPX")
                .prices("AMD", days(THU, FRI, MON, TUE), closes(160, 100, 123.7, 120))
                .prices("SPX", days(THU, FRI, MON, TUE), closes(6700, 6000, 6150, 6100));
    }

    private static List<StockReaction> reactions(Dataset dataset) {
        return StockReactions.compute(dataset, AnalysisOptions.defaults());
    }

    @Test
    void weekendDealIsPricedOnMondayAgainstFriday() {
        Dataset dataset = amd().dealOn(SAT, "OpenAI", "AMD", Double.NaN).build();

        assertThat(reactions(dataset)).singleElement().satisfies(reaction -> {
            assertThat(reaction.date()).isEqualTo(MON);
            assertThat(reaction.company()).isEqualTo("AMD");
            assertThat(reaction.ticker()).isEqualTo("AMD");
            assertThat(reaction.returnFraction()).isCloseTo(0.237, within(1e-12));
            assertThat(reaction.abnormal()).isCloseTo(0.237 - 0.025, within(1e-12));
        });
    }

    @Test
    void dealOnATradingDayIsPricedThatDay() {
        Dataset dataset = amd().dealOn(TUE, "OpenAI", "AMD", 1).build();

        assertThat(reactions(dataset)).singleElement().satisfies(reaction -> {
            assertThat(reaction.date()).isEqualTo(TUE);
            assertThat(reaction.returnFraction()).isCloseTo(120 / 123.7 - 1, within(1e-12));
        });
    }

    @Test
    void firstTradeMoreThanAWeekLaterGivesNoReaction() {
        Dataset eightDays = amd().dealOn(SAT, "OpenAI", "AMD", 1)
                .prices("AMD", days(FRI, SAT.plusDays(8)), closes(100, 110)).build();
        Dataset sevenDays = amd().dealOn(SAT, "OpenAI", "AMD", 1)
                .prices("AMD", days(FRI, SAT.plusDays(7)), closes(100, 110)).build();

        assertThat(reactions(eightDays)).isEmpty();
        assertThat(reactions(sevenDays)).singleElement()
                .satisfies(reaction -> assertThat(reaction.date()).isEqualTo(SAT.plusDays(7)));
    }

    @Test
    void dealAfterTheLastPriceGivesNoReaction() {
        assertThat(reactions(amd().dealOn(TUE.plusDays(1), "OpenAI", "AMD", 1).build())).isEmpty();
    }

    @Test
    void firstDayOfTheSeriesHasNoDayBeforeItSoNoReaction() {
        assertThat(reactions(amd().dealOn(THU.minusDays(3), "OpenAI", "AMD", 1).build())).isEmpty();
        assertThat(reactions(amd().dealOn(THU, "OpenAI", "AMD", 1).build())).isEmpty();
    }

    @Test
    void benchmarkMissingEitherDayGivesNullAbnormal() {
        Dataset noFriday = amd().prices("SPX", days(THU, MON, TUE), closes(6700, 6150, 6100))
                .dealOn(MON, "OpenAI", "AMD", 1).build();
        Dataset noMonday = amd().prices("SPX", days(THU, FRI, TUE), closes(6700, 6000, 6100))
                .dealOn(MON, "OpenAI", "AMD", 1).build();

        assertThat(reactions(noFriday)).singleElement().satisfies(reaction -> {
            assertThat(reaction.returnFraction()).isCloseTo(0.237, within(1e-12));
            assertThat(reaction.abnormal()).isNull();
        });
        assertThat(reactions(noMonday)).singleElement()
                .satisfies(reaction -> assertThat(reaction.abnormal()).isNull());
    }

    @Test
    void noBenchmarkOrBenchmarkWithoutPricesGivesNullAbnormal() {
        Dataset noBenchmark = amd().company("AMD", "AMD", null).dealOn(MON, "OpenAI", "AMD", 1).build();
        Dataset unpriced = amd().company("AMD", "AMD", "NDX").dealOn(MON, "OpenAI", "AMD", 1).build();

        assertThat(reactions(noBenchmark)).singleElement().satisfies(reaction -> assertThat(reaction.abnormal()).isNull());
        assertThat(reactions(unpriced)).singleElement().satisfies(reaction -> assertThat(reaction.abnormal()).isNull());
    }

    @Test
    void benchmarkOptionReplacesTheCompanysOwn() {
        Dataset dataset = amd().prices("NDX", days(FRI, MON), closes(20000, 21000))
                .dealOn(MON, "OpenAI", "AMD", 1).build();

        List<StockReaction> reactions = StockReactions.compute(dataset, new AnalysisOptions(false, 6, 1000, "NDX"));

        assertThat(reactions).singleElement()
                .satisfies(reaction -> assertThat(reaction.abnormal()).isCloseTo(0.237 - 0.05, within(1e-12)));
    }

    @Test
    void benchmarkOptionGivesAnAbnormalReturnToCompaniesWithoutOne() {
        Dataset dataset = amd().company("AMD", "AMD", null).dealOn(MON, "OpenAI", "AMD", 1).build();

        List<StockReaction> reactions = StockReactions.compute(dataset, new AnalysisOptions(false, 6, 1000, "SPX"));

        assertThat(reactions).singleElement()
                .satisfies(reaction -> assertThat(reaction.abnormal()).isCloseTo(0.212, within(1e-12)));
    }

    @Test
    void sameCompanyAndFirstTradingDayGiveOneReaction() {
        Dataset dataset = amd()
                .dealOn(SAT, "OpenAI", "AMD", 1)
                .dealOn(SUN, "AMD", "Oracle", 2)
                .dealOn(MON, "OpenAI", "AMD", 3)
                .build();

        assertThat(reactions(dataset)).singleElement().satisfies(reaction -> assertThat(reaction.date()).isEqualTo(MON));
    }

    @Test
    void bothPartiesReactAndResultsSortByDateThenCompany() {
        Dataset dataset = amd()
                .company("Oracle", "ORCL", null)
                .prices("ORCL", days(FRI, MON, TUE), closes(300, 330, 297))
                .company("broadcom", "AVGO", null)
                .prices("AVGO", days(FRI, MON, TUE), closes(50, 60, 66))
                .dealOn(TUE, "Oracle", "AMD", 1)
                .dealOn(MON, "Oracle", "broadcom", 1)
                .dealOn(SUN, "AMD", "OpenAI", 1)
                .build();

        assertThat(reactions(dataset))
                .extracting(StockReaction::date, StockReaction::company)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MON, "AMD"),
                        org.assertj.core.groups.Tuple.tuple(MON, "broadcom"),
                        org.assertj.core.groups.Tuple.tuple(MON, "Oracle"),
                        org.assertj.core.groups.Tuple.tuple(TUE, "AMD"),
                        org.assertj.core.groups.Tuple.tuple(TUE, "Oracle"));
    }

    @Test
    void monthPrecisionTalksAndSelfDealsHaveNoReaction() {
        Dataset dataset = amd()
                .deal("OpenAI", "AMD", 1, Double.NaN, DealStatus.SIGNED, DealDate.ofMonth(2025, 10))
                .deal("OpenAI", "AMD", 1, Double.NaN, DealStatus.TALKS, DealDate.ofDay(MON))
                .dealOn(MON, "AMD", "AMD", 1)
                .build();

        assertThat(reactions(dataset)).isEmpty();
        assertThat(StockReactions.compute(dataset, new AnalysisOptions(true, 6, 1000, null))).hasSize(1);
    }

    @Test
    void companyWithoutTickerOrPricesHasNoReaction() {
        Dataset dataset = data()
                .company("Oracle", "ORCL", null)
                .dealOn(MON, "OpenAI", "Oracle", 1)
                .build();

        assertThat(reactions(dataset)).isEmpty();
    }
}
