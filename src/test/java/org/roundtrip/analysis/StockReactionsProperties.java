package org.roundtrip.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.Names;
import org.roundtrip.model.PriceSeries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StockReactions#compute} looks each company's prices up once and tries each of its announcement
 * days once; it must find what looking everything up again for every party of every deal finds, in the
 * same order: listed and unlisted parties, missing benchmarks, weekends, month-only dates, repeats.
 */
class StockReactionsProperties {

    @Property(tries = 300)
    void sameReactionsAsLookingEverythingUpPerDeal(@ForAll long seed, @ForAll @IntRange(min = 0, max = 80) int count) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2025, 1, 1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; days.size() < 60; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        TestData data = TestData.data()
                .company("A", "AAA", "IDX").company("B", "BBB", "NOIDX").company("C", "CCC", "IDX")
                .company("D", null, null)
                .prices("AAA", days.toArray(LocalDate[]::new), closes(random, days.size()))
                .prices("BBB", days.toArray(LocalDate[]::new), closes(random, days.size()))
                .prices("IDX", days.toArray(LocalDate[]::new), closes(random, days.size()));
        String[] names = {"A", "B", "C", "D", "E"};
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextInt(100));
            String payer = names[random.nextInt(names.length)];
            String recipient = names[random.nextInt(names.length)];
            if (random.nextInt(6) == 0) {
                data.deal(payer, recipient, 1, Double.NaN, DealStatus.SIGNED,
                        DealDate.ofMonth(day.getYear(), day.getMonthValue()));
            } else {
                data.dealOn(day, payer, recipient, random.nextInt(3));
            }
        }
        Dataset dataset = data.build();
        AnalysisOptions options = AnalysisOptions.defaults();

        assertThat(StockReactions.compute(dataset, options)).containsExactlyElementsOf(perDeal(dataset, options));
    }

    private static double[] closes(Random random, int n) {
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = random.nextInt(10) == 0 ? 0 : 50 + random.nextInt(100);
        }
        return closes;
    }

    /** Every party of every deal looked up afresh: what compute did before it kept its lookups. */
    private static List<StockReaction> perDeal(Dataset dataset, AnalysisOptions options) {
        List<StockReaction> reactions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Deal deal : CountedDeals.between(dataset, options)) {
            if (!deal.date().isDay()) {
                continue;
            }
            for (String party : List.of(deal.payer(), deal.recipient())) {
                reactionOf(dataset, options, party, deal.date().date())
                        .filter(reaction -> seen.add(reaction.company() + '\n' + reaction.date()))
                        .ifPresent(reactions::add);
            }
        }
        reactions.sort(Comparator.comparing(StockReaction::date).thenComparing(StockReaction::company, Names.ORDER));
        return reactions;
    }

    private static Optional<StockReaction> reactionOf(Dataset dataset, AnalysisOptions options, String company,
                                                      LocalDate announced) {
        Optional<PriceSeries> prices = PriceLookup.stock(dataset, company);
        if (prices.isEmpty()) {
            return Optional.empty();
        }
        PriceSeries series = prices.get();
        int t0 = PriceLookup.firstTradingDay(series, announced);
        if (t0 < 0) {
            return Optional.empty();
        }
        LocalDate day = series.date(t0);
        LocalDate before = series.date(t0 - 1);
        double stockReturn = series.close(t0) / series.close(t0 - 1) - 1;
        if (!Double.isFinite(stockReturn)) {
            return Optional.empty();
        }
        Double benchmarkReturn = dataset.prices(PriceLookup.benchmarkTicker(dataset, options, company))
                .map(benchmark -> PriceLookup.returnBetween(benchmark, before, day))
                .orElse(null);
        Double abnormal = benchmarkReturn == null ? null : stockReturn - benchmarkReturn;
        return Optional.of(new StockReaction(day, company, series.ticker(), stockReturn, abnormal));
    }
}
