package org.roundtrip.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.Names;
import org.roundtrip.model.PriceSeries;

/**
 * The dashboard's deeper view of stock reactions: a market-model event study. The stock's daily
 * returns are regressed on its benchmark's over an estimation window before the news (ordinary least
 * squares: r = α + β·m + ε); over the event window, what the model does not explain is the abnormal
 * return. Their sum, the CAR, is tested against the residual deviation σ: t = CAR / (σ·√L).
 */
public final class EventStudy {

    /** Two-sided 95 % quantile of the normal law. */
    static final double Z_95 = 1.959963984540054;

    static final Comparator<EventStudyResult> BY_DATE_THEN_COMPANY =
            Comparator.<EventStudyResult, LocalDate>comparing(result -> result.deal().date().date())
                    .thenComparing(EventStudyResult::company, Names.ORDER);

    private EventStudy() {
    }

    /** {@link #compute(Dataset, AnalysisOptions, EventWindows)} with the {@link EventWindows#defaults()}. */
    public static List<EventStudyResult> compute(Dataset dataset, AnalysisOptions options) {
        return compute(dataset, options, EventWindows.defaults());
    }

    /**
     * One result per counted, day-precision deal that is not a self-deal, and per party (payer, then
     * recipient): an estimate, or the reason there is none (no ticker, no prices, no benchmark, too
     * little history, prices ending inside the event window…). Sorted by announcement date, then
     * company, otherwise in reading order. The benchmark is the option's, else the company's.
     */
    public static List<EventStudyResult> compute(Dataset dataset, AnalysisOptions options, EventWindows windows) {
        List<EventStudyResult> results = new ArrayList<>();
        // each company's ticker, benchmark and prices looked up once, not once per deal
        java.util.Map<String, Party> parties = new java.util.HashMap<>();
        for (Deal deal : CountedDeals.between(dataset, options)) {
            if (deal.date().isDay()) {
                results.add(study(parties.computeIfAbsent(deal.payer(), c -> Party.of(dataset, options, c, windows)),
                        windows, deal));
                results.add(study(parties.computeIfAbsent(deal.recipient(), c -> Party.of(dataset, options, c, windows)),
                        windows, deal));
            }
        }
        return List.copyOf(byDateThenCompany(results));
    }

    /** A company as the event study sees it: its ticker and benchmark, their prices, or why it has none. */
    private record Party(String company, String ticker, String benchmark, PriceSeries stock, PriceSeries index,
                         String skipped, AtomicReferenceArray<Attempt> known) {

        /** {@code known}: the estimates remembered for these prices and {@code windows}, by t0's index. */
        static Party of(Dataset dataset, AnalysisOptions options, String company, EventWindows windows) {
            String ticker = dataset.company(company).map(Company::ticker).orElse(null);
            String benchmark = PriceLookup.benchmarkTicker(dataset, options, company);
            PriceSeries stock = dataset.prices(ticker).orElse(null);
            PriceSeries index = dataset.prices(benchmark).orElse(null);
            String skipped = null;
            if (ticker == null) {
                skipped = company + " has no ticker";
            } else if (stock == null) {
                skipped = "no prices for " + ticker;
            } else if (benchmark == null) {
                skipped = company + " has no benchmark";
            } else if (index == null) {
                skipped = "no prices for the benchmark " + benchmark;
            }
            return new Party(company, ticker, benchmark, stock, index, skipped,
                    skipped == null ? rememberedFor(stock, index, windows) : null);
        }
    }

    /** The results by announcement date, then company ({@link Names#ORDER}), otherwise in reading order. */
    static List<EventStudyResult> byDateThenCompany(List<EventStudyResult> results) {
        return DayThenCompany.sort(results, result -> result.deal().date().date(), EventStudyResult::company,
                BY_DATE_THEN_COMPANY);
    }

    private static EventStudyResult study(Party party, EventWindows windows, Deal deal) {
        if (party.skipped() != null) {
            return new EventStudyResult(deal, party.company(), party.ticker(), party.benchmark(), null, party.skipped());
        }
        LocalDate announced = deal.date().date();
        int t0 = PriceLookup.firstTradingDay(party.stock(), announced);
        Attempt attempt;
        if (t0 < 0) {
            attempt = noFirstTradingDay(party.stock(), announced);
        } else {
            attempt = party.known().get(t0);
            if (attempt == null) {
                attempt = estimate(party.stock(), party.index(), t0, windows);
                party.known().set(t0, attempt);
            }
        }
        return new EventStudyResult(deal, party.company(), party.ticker(), party.benchmark(), attempt.estimate(),
                attempt.skippedReason());
    }

    /**
     * Estimates already made, per benchmark and stock price series, both held weakly so that they go
     * with their dataset (nothing stored refers back to a series). An estimate depends on prices, t0
     * and windows only, not on which deals the filter keeps, so the window's filter changes on 100,000
     * deals reuse them instead of fitting 200,000 regressions again. Kept per windows, then in an
     * array by t0's index in the stock's prices: an index is the cheapest key to look up 200,000 times.
     */
    private static final Map<PriceSeries, Map<PriceSeries, Map<EventWindows, AtomicReferenceArray<Attempt>>>>
            REMEMBERED = new WeakHashMap<>();

    /** The estimates remembered for a stock against a benchmark and windows (filled as they are made). */
    private static AtomicReferenceArray<Attempt> rememberedFor(PriceSeries stock, PriceSeries benchmark,
                                                             EventWindows windows) {
        synchronized (REMEMBERED) {
            return REMEMBERED.computeIfAbsent(benchmark, b -> new WeakHashMap<>())
                    .computeIfAbsent(stock, s -> new ConcurrentHashMap<>())
                    .computeIfAbsent(windows, w -> new AtomicReferenceArray<>(stock.size()));
        }
    }

    /** An estimate or the reason for its absence. */
    record Attempt(EventEstimate estimate, String skippedReason) {
        static Attempt skipped(String reason) {
            return new Attempt(null, reason);
        }
    }

    /** The market-model event study of {@code stock} against {@code benchmark} for news on {@code announced}. */
    static Attempt estimate(PriceSeries stock, PriceSeries benchmark, LocalDate announced, EventWindows windows) {
        int t0 = PriceLookup.firstTradingDay(stock, announced);
        return t0 < 0 ? noFirstTradingDay(stock, announced) : estimate(stock, benchmark, t0, windows);
    }

    private static Attempt noFirstTradingDay(PriceSeries stock, LocalDate announced) {
        return Attempt.skipped(stock.ticker() + " has no trading day within "
                + PriceLookup.MAX_DAYS_TO_FIRST_TRADE + " days after " + announced + " with a day before it");
    }

    /** The market-model event study of {@code stock} against {@code benchmark} from its trading day {@code t0}. */
    private static Attempt estimate(PriceSeries stock, PriceSeries benchmark, int t0, EventWindows windows) {
        if (t0 + windows.eventEnd() >= stock.size()) {
            return Attempt.skipped(stock.ticker() + " prices stop before day " + signed(windows.eventEnd())
                    + " of the event window");
        }
        if (t0 + windows.eventStart() - 1 < 0) {
            return Attempt.skipped(stock.ticker() + " prices start after day " + signed(windows.eventStart() - 1));
        }

        // estimation: keep the days both series priced; a missing benchmark day costs one observation
        double[] market = new double[windows.estimationEnd() - windows.estimationStart() + 1];
        double[] own = new double[market.length];
        int n = 0;
        for (int day = Math.max(windows.estimationStart(), 1 - t0); day <= windows.estimationEnd(); day++) {
            Double m = PriceLookup.returnBetween(benchmark, stock.date(t0 + day - 1), stock.date(t0 + day));
            double r = dailyReturn(stock, t0 + day);
            if (m != null && Double.isFinite(r)) {
                market[n] = m;
                own[n] = r;
                n++;
            }
        }
        if (n < windows.minEstimationDays()) {
            return Attempt.skipped(n + " trading days of returns for " + stock.ticker() + " and "
                    + benchmark.ticker() + " in the estimation window (days " + signed(windows.estimationStart())
                    + " to " + signed(windows.estimationEnd()) + "), at least " + windows.minEstimationDays()
                    + " needed");
        }
        double meanMarket = mean(market, n);
        double meanOwn = mean(own, n);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (market[i] - meanMarket) * (market[i] - meanMarket);
            sxy += (market[i] - meanMarket) * (own[i] - meanOwn);
        }
        if (sxx == 0) {
            return Attempt.skipped("the benchmark " + benchmark.ticker() + " did not move in the estimation window");
        }
        double beta = sxy / sxx;
        double alpha = meanOwn - beta * meanMarket;
        double squaredResiduals = 0;
        for (int i = 0; i < n; i++) {
            double residual = own[i] - alpha - beta * market[i];
            squaredResiduals += residual * residual;
        }
        double sigma = Math.sqrt(squaredResiduals / (n - 2));

        List<AbnormalReturn> abnormal = new ArrayList<>(windows.eventDays());
        double car = 0;
        for (int day = windows.eventStart(); day <= windows.eventEnd(); day++) {
            LocalDate date = stock.date(t0 + day);
            Double m = PriceLookup.returnBetween(benchmark, stock.date(t0 + day - 1), date);
            if (m == null) {
                return Attempt.skipped("the benchmark " + benchmark.ticker() + " has no price on " + date
                        + " or the trading day before, inside the event window");
            }
            double r = dailyReturn(stock, t0 + day);
            if (!Double.isFinite(r)) {
                return Attempt.skipped(stock.ticker() + " closed at 0 on " + stock.date(t0 + day - 1));
            }
            double expected = alpha + beta * m;
            abnormal.add(new AbnormalReturn(day, date, r, expected, r - expected));
            car += r - expected;
        }
        double carSd = sigma * Math.sqrt(windows.eventDays());
        Double t = carSd > 0 ? car / carSd : null;
        double margin = studentT975(n - 2) * carSd;
        return new Attempt(new EventEstimate(stock.date(t0), n, alpha, beta, sigma, abnormal, car, t,
                car - margin, car + margin), null);
    }

    /**
     * The two-sided 95 % quantile of Student's t with {@code degreesOfFreedom}: the normal quantile
     * corrected by Abramowitz &amp; Stegun 26.7.5, within 0.01 from 3 degrees of freedom and 1e-4 from
     * 10; exact values below that, where the series fails. σ is estimated, so the normal 1.96 would
     * give too narrow an interval on short histories.
     */
    static double studentT975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + degreesOfFreedom);
        }
        if (degreesOfFreedom == 1) {
            return 12.706204736174698;
        }
        if (degreesOfFreedom == 2) {
            return 4.302652729749464;
        }
        double x = Z_95;
        double v = degreesOfFreedom;
        double x2 = x * x;
        double g1 = (x2 + 1) * x / 4;
        double g2 = ((5 * x2 + 16) * x2 + 3) * x / 96;
        double g3 = (((3 * x2 + 19) * x2 + 17) * x2 - 15) * x / 384;
        double g4 = ((((79 * x2 + 776) * x2 + 1482) * x2 - 1920) * x2 - 945) * x / 92160;
        return x + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
    }

    private static double dailyReturn(PriceSeries series, int index) {
        return series.close(index) / series.close(index - 1) - 1;
    }

    private static double mean(double[] values, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    private static String signed(int day) {
        return day > 0 ? "+" + day : Integer.toString(day);
    }
}
