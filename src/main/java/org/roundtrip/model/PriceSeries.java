package org.roundtrip.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Daily closing prices of one ticker, sorted by date, one close per day. Immutable.
 */
public final class PriceSeries {

    private final String ticker;
    private final LocalDate[] dates;
    private final double[] closes;

    /**
     * @param ticker never null
     * @param dates  strictly increasing trading days
     * @param closes closes in the ticker's own currency, same length as {@code dates}
     */
    public PriceSeries(String ticker, LocalDate[] dates, double[] closes) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        if (dates.length != closes.length) {
            throw new IllegalArgumentException("dates and closes differ in length");
        }
        for (int i = 1; i < dates.length; i++) {
            if (!dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException("dates not strictly increasing at " + dates[i]);
            }
        }
        this.dates = dates.clone();
        this.closes = closes.clone();
    }

    public String ticker() {
        return ticker;
    }

    public int size() {
        return dates.length;
    }

    public LocalDate date(int i) {
        return dates[i];
    }

    public double close(int i) {
        return closes[i];
    }

    /** Index of {@code day} in the series, or -1 when it is not a trading day of the series. */
    public int indexOf(LocalDate day) {
        int i = Arrays.binarySearch(dates, day);
        return i >= 0 ? i : -1;
    }

    /** Index of the first trading day on or after {@code day}, or -1 when there is none. */
    public int indexOnOrAfter(LocalDate day) {
        int i = Arrays.binarySearch(dates, day);
        if (i >= 0) {
            return i;
        }
        int insertion = -i - 1;
        return insertion < dates.length ? insertion : -1;
    }

    @Override
    public String toString() {
        return "PriceSeries[" + ticker + ", " + dates.length + " days]";
    }
}
