package org.roundtrip.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        // each company's prices looked up once, and each of its trading days' reaction made once: on
        // 100,000 deals the same few thousand (company, day) pairs come back again and again
        Map<String, Listed> listed = new HashMap<>();
        for (Deal deal : CountedDeals.between(dataset, options)) {
            if (!deal.date().isDay()) {
                continue;
            }
            listed.computeIfAbsent(deal.payer(), c -> Listed.of(dataset, options, c))
                    .reactionTo(deal.date().date()).ifPresent(reactions::add);
            listed.computeIfAbsent(deal.recipient(), c -> Listed.of(dataset, options, c))
                    .reactionTo(deal.date().date()).ifPresent(reactions::add);
        }
        return List.copyOf(DayThenCompany.sort(reactions, StockReaction::date, StockReaction::company,
                BY_DATE_THEN_COMPANY));
    }

    /** A company's stock and benchmark prices, and the trading days whose reaction it has given. */
    private static final class Listed {
        private final String company;
        private final PriceSeries stock;
        private final PriceSeries benchmark;
        /** The trading days (t0's index) of its reactions so far: two deals on one day are one reaction. */
        private final BitSet reacted = new BitSet();

        private Listed(String company, PriceSeries stock, PriceSeries benchmark) {
            this.company = company;
            this.stock = stock;
            this.benchmark = benchmark;
        }

        static Listed of(Dataset dataset, AnalysisOptions options, String company) {
            PriceSeries stock = PriceLookup.stock(dataset, company).orElse(null);
            PriceSeries benchmark = stock == null ? null
                    : dataset.prices(PriceLookup.benchmarkTicker(dataset, options, company)).orElse(null);
            return new Listed(company, stock, benchmark);
        }

        /** The reaction to a deal announced that day, unless there is none or it was found already. */
        Optional<StockReaction> reactionTo(LocalDate day) {
            int t0 = stock == null ? -1 : PriceLookup.firstTradingDay(stock, day);
            if (t0 < 0 || reacted.get(t0)) {
                return Optional.empty();
            }
            Optional<StockReaction> reaction = reactionOf(t0);
            if (reaction.isPresent()) {
                reacted.set(t0);
            }
            return reaction;
        }

        private Optional<StockReaction> reactionOf(int t0) {
            LocalDate day = stock.date(t0);
            LocalDate before = stock.date(t0 - 1);
            double stockReturn = stock.close(t0) / stock.close(t0 - 1) - 1;
            if (!Double.isFinite(stockReturn)) {
                return Optional.empty();
            }
            Double benchmarkReturn = benchmark == null ? null : PriceLookup.returnBetween(benchmark, before, day);
            Double abnormal = benchmarkReturn == null ? null : stockReturn - benchmarkReturn;
            return Optional.of(new StockReaction(day, company, stock.ticker(), stockReturn, abnormal));
        }
    }
}
