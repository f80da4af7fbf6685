package org.roundtrip.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.Names;
import org.roundtrip.model.PriceSeries;

/** How each party's stock reacted to the day a deal was announced (DESIGN.md, "Stock reaction"). */
public final class StockReactions {

    private static final Comparator<StockReaction> BY_DATE_THEN_COMPANY =
            Comparator.comparing(StockReaction::date).thenComparing(StockReaction::company, Names.ORDER);

    private StockReactions() {
    }

    /**
     * One reaction per company and t0, over counted deals dated to the day that are not self-deals,
     * for each party with a ticker that has prices; sorted by date, then company. A month-precision
     * deal has no announcement day, so it has no reaction. Days whose return is not a number (a zero
     * close the day before) are left out.
     */
    public static List<StockReaction> compute(Dataset dataset, AnalysisOptions options) {
        List<StockReaction> reactions = new ArrayList<>();
        Set<String> seen = new HashSet<>();  // company + t0: two deals on one day are one reaction
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
        reactions.sort(BY_DATE_THEN_COMPANY);
        return List.copyOf(reactions);
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
