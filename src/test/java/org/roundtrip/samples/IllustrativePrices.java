package org.roundtrip.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Illustrative daily closes for the sample workbook: NOT market data.
 *
 * <p>A seeded one-factor random walk (each stock = beta × the benchmark's return + its own noise),
 * pinned to round levels close to the real ones at its start, on the trading day before each
 * announcement and at its end, so that charts look familiar. On the four announcement days the
 * close-to-close move is set to the size reported in the press ({@link #REPORTED_MOVES}); the
 * benchmark gets a small move on those days. Everything else is random, and the same on every run.
 */
final class IllustrativePrices {

    /** The benchmark ticker the sample's companies sheet names for its US-listed companies. */
    static final String BENCHMARK = "SPX";

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 10, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 27);

    /** A close-to-close move forced on one trading day, as a fraction (0.24 = +24 %). */
    record Move(String ticker, LocalDate date, double fraction) {
    }

    /** One row of the long-format prices sheet. */
    record Close(LocalDate date, String ticker, double close) {
    }

    /** The reported one-day moves (seed-data/reactions.csv), close to close. */
    static final List<Move> REPORTED_MOVES = List.of(
            new Move("ORCL", LocalDate.of(2025, 9, 10), 0.36),
            new Move("NVDA", LocalDate.of(2025, 9, 22), 0.04),
            new Move("AMD", LocalDate.of(2025, 10, 6), 0.24),   // "more than 30 %" in seed 000 was intraday
            new Move("AVGO", LocalDate.of(2025, 10, 13), 0.10));

    /** The benchmark's small moves on the same days. */
    static final List<Move> BENCHMARK_MOVES = List.of(
            new Move(BENCHMARK, LocalDate.of(2025, 9, 10), 0.003),
            new Move(BENCHMARK, LocalDate.of(2025, 9, 22), 0.004),
            new Move(BENCHMARK, LocalDate.of(2025, 10, 6), 0.004),
            new Move(BENCHMARK, LocalDate.of(2025, 10, 13), 0.005));

    /** NYSE full-day closures in the range; the sample skips them like a real price download. */
    static final Set<LocalDate> MARKET_HOLIDAYS = Set.of(
            LocalDate.of(2024, 11, 28), LocalDate.of(2024, 12, 25), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 17),
            LocalDate.of(2025, 4, 18), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 6, 19),
            LocalDate.of(2025, 7, 4), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 27),
            LocalDate.of(2025, 12, 25), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 2, 16));

    private static final long SEED = 20251006L;
    private static final double BENCHMARK_DAILY_VOL = 0.009;

    /**
     * How one series moves: its sensitivity to the benchmark, its own daily volatility, and the
     * round levels (USD) it is pinned to on some days, the first of them on {@link #FIRST_DAY}.
     */
    private record Walk(String ticker, double beta, double ownDailyVol, Map<LocalDate, Double> pins) {
    }

    private static final List<Walk> WALKS = List.of(
            new Walk("AMD", 1.7, 0.024, Map.of(FIRST_DAY, 160.0, LocalDate.of(2025, 10, 3), 165.0, LAST_DAY, 205.0)),
            new Walk("AVGO", 1.5, 0.021, Map.of(FIRST_DAY, 170.0, LocalDate.of(2025, 10, 10), 325.0, LAST_DAY, 330.0)),
            new Walk("NVDA", 1.6, 0.021, Map.of(FIRST_DAY, 117.0, LocalDate.of(2025, 9, 19), 177.0, LAST_DAY, 185.0)),
            new Walk("ORCL", 1.2, 0.019, Map.of(FIRST_DAY, 170.0, LocalDate.of(2025, 9, 9), 240.0, LAST_DAY, 190.0)),
            new Walk(BENCHMARK, 1.0, 0.0, Map.of(FIRST_DAY, 5700.0, LAST_DAY, 6850.0)));

    private IllustrativePrices() {
    }

    /** Weekdays from {@link #FIRST_DAY} to {@link #LAST_DAY}, without {@link #MARKET_HOLIDAYS}. */
    static List<LocalDate> tradingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !MARKET_HOLIDAYS.contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** Every close, ticker by ticker (alphabetical), each in date order; rounded to the cent. */
    static List<Close> closes() {
        List<LocalDate> days = tradingDays();
        Random random = new Random(SEED);
        // The random numbers are drawn in one fixed order (benchmark first, then each stock) so the
        // output depends on nothing but the seed. StrictMath keeps it identical on every JVM.
        double[] market = new double[days.size()];
        for (int i = 1; i < days.size(); i++) {
            market[i] = BENCHMARK_DAILY_VOL * random.nextGaussian();
        }
        List<Close> closes = new ArrayList<>();
        for (Walk walk : WALKS) {
            if (!days.containsAll(walk.pins().keySet())) {
                throw new IllegalStateException(walk.ticker() + " is pinned on a day without trading");
            }
            double[] logReturns = new double[days.size()];
            for (int i = 1; i < days.size(); i++) {
                logReturns[i] = walk.beta() * market[i] + walk.ownDailyVol() * random.nextGaussian();
            }
            closes.addAll(walk(walk, days, logReturns, forcedMoves(walk.ticker())));
        }
        return closes;
    }

    /** The forced moves of one ticker, by day. */
    private static Map<LocalDate, Double> forcedMoves(String ticker) {
        Map<LocalDate, Double> forced = new HashMap<>();
        for (Move move : ticker.equals(BENCHMARK) ? BENCHMARK_MOVES : REPORTED_MOVES) {
            if (move.ticker().equals(ticker)) {
                forced.put(move.date(), move.fraction());
            }
        }
        return forced;
    }

    private static List<Close> walk(Walk walk, List<LocalDate> days, double[] logReturns,
                                    Map<LocalDate, Double> forced) {
        for (int i = 1; i < days.size(); i++) {
            Double move = forced.get(days.get(i));
            if (move != null) {
                logReturns[i] = StrictMath.log1p(move);
            }
        }
        // Between two pins, spread the gap between the random path and the pinned level evenly
        // over the days whose move is not forced.
        int from = 0;
        for (int to = 1; to < days.size(); to++) {
            Double pinned = walk.pins().get(days.get(to));
            if (pinned == null) {
                continue;
            }
            double gap = StrictMath.log(pinned / walk.pins().get(days.get(from)));
            int free = 0;
            for (int i = from + 1; i <= to; i++) {
                gap -= logReturns[i];
                free += forced.containsKey(days.get(i)) ? 0 : 1;
            }
            for (int i = from + 1; i <= to; i++) {
                if (!forced.containsKey(days.get(i))) {
                    logReturns[i] += gap / free;
                }
            }
            from = to;
        }
        if (from != days.size() - 1) {
            throw new IllegalStateException(walk.ticker() + " is not pinned on the last day");
        }
        List<Close> closes = new ArrayList<>(days.size());
        double level = walk.pins().get(days.get(0));
        double previousClose = Double.NaN;
        for (int i = 0; i < days.size(); i++) {
            level *= i == 0 ? 1.0 : StrictMath.exp(logReturns[i]);
            Double move = forced.get(days.get(i));
            // On a forced day the rounded close itself must show the reported move.
            double close = cents(move == null ? level : previousClose * (1 + move));
            closes.add(new Close(days.get(i), walk.ticker(), close));
            previousClose = close;
        }
        return closes;
    }

    private static double cents(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
