package org.roundtrip.analysis;

import java.time.LocalDate;
import java.util.Optional;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.PriceSeries;

/** Finding a company's prices, its benchmark's, and the trading day a deal is first priced in. */
final class PriceLookup {

    /** A deal on a Friday evening is priced on Monday; a week later it is someone else's news. */
    static final int MAX_DAYS_TO_FIRST_TRADE = 7;

    private PriceLookup() {
    }

    /** The prices of the company's ticker, if the company is known, has a ticker and the ticker has prices. */
    static Optional<PriceSeries> stock(Dataset dataset, String company) {
        return dataset.company(company).map(Company::ticker).flatMap(dataset::prices);
    }

    /** The benchmark ticker for the company: the option's, else the companies sheet's, else null. */
    static String benchmarkTicker(Dataset dataset, AnalysisOptions options, String company) {
        if (options.benchmark() != null) {
            return options.benchmark();
        }
        return dataset.company(company).map(Company::benchmark).orElse(null);
    }

    /**
     * The index of t0 in {@code series}: the first trading day on or after {@code announced}, or -1
     * when there is none within {@link #MAX_DAYS_TO_FIRST_TRADE} days or it is the series' first day
     * (there is no day before it to measure a return from).
     */
    static int firstTradingDay(PriceSeries series, LocalDate announced) {
        int t0 = series.indexOnOrAfter(announced);
        if (t0 <= 0 || series.date(t0).isAfter(announced.plusDays(MAX_DAYS_TO_FIRST_TRADE))) {
            return -1;
        }
        return t0;
    }

    /**
     * The benchmark's return from {@code from} to {@code to}, both of which must be its trading days;
     * null when it lacks either, or the return is not a number (a zero close).
     */
    static Double returnBetween(PriceSeries series, LocalDate from, LocalDate to) {
        int start = series.indexOf(from);
        int end = series.indexOf(to);
        if (start < 0 || end < 0) {
            return null;
        }
        double value = series.close(end) / series.close(start) - 1;
        return Double.isFinite(value) ? value : null;
    }
}
