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
    /** The epoch day of {@code dates[0]}; meaningless when {@link #onOrAfter} is null. */
    private final long firstDay;
    /**
     * For each calendar day from the first trading day to the last, the index of the first trading day
     * on or after it; null for an empty series or one spanning more than {@link #MAX_INDEXED_DAYS}. The
     * event study and the stock reactions look up hundreds of thousands of days: a binary search over
     * dates was a fifth of their time on 100,000 deals.
     */
    private final int[] onOrAfter;
    /** Each trading day's distance in days from the first, when {@link #onOrAfter} is not null. */
    private final int[] offsets;

    /** Calendar days indexed at most (about 2,800 years; 4 MB): beyond that, lookups search the dates. */
    static final int MAX_INDEXED_DAYS = 1 << 20;

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
        long first = dates.length == 0 ? 0 : dates[0].toEpochDay();
        long span = dates.length == 0 ? 0 : dates[dates.length - 1].toEpochDay() - first + 1;
        if (dates.length > 0 && span <= MAX_INDEXED_DAYS) {
            offsets = new int[dates.length];
            onOrAfter = new int[(int) span];
            int day = 0;
            for (int i = 0; i < dates.length; i++) {
                offsets[i] = (int) (dates[i].toEpochDay() - first);
                while (day <= offsets[i]) {
                    onOrAfter[day++] = i;
                }
            }
        } else {
            offsets = null;
            onOrAfter = null;
        }
        this.firstDay = first;
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
        if (onOrAfter != null) {
            long offset = day.toEpochDay() - firstDay;
            if (offset < 0 || offset >= onOrAfter.length) {
                return -1;
            }
            int i = onOrAfter[(int) offset];
            return offsets[i] == offset ? i : -1;
        }
        int i = Arrays.binarySearch(dates, day);
        return i >= 0 ? i : -1;
    }

    /** Index of the first trading day on or after {@code day}, or -1 when there is none. */
    public int indexOnOrAfter(LocalDate day) {
        if (onOrAfter != null) {
            long offset = day.toEpochDay() - firstDay;
            if (offset >= onOrAfter.length) {
                return -1;
            }
            return offset < 0 ? 0 : onOrAfter[(int) offset];
        }
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
