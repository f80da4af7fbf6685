package org.roundtrip.analysis;

/**
 * The trading-day windows of a market-model event study, relative to t0, the first trading day on or
 * after the announcement (day 0). Day k's return runs from the close of day k − 1 to the close of day k.
 *
 * @param estimationStart   first day whose return estimates the market model, e.g. −120
 * @param estimationEnd     last such day, e.g. −11; before {@code eventStart} so the news does not leak in
 * @param eventStart        first day of the event window, e.g. −1 (a leak the day before)
 * @param eventEnd          last day of the event window, e.g. +1
 * @param minEstimationDays fewest usable estimation returns for the model to be trusted, at least 3
 *                          (two parameters leave n − 2 degrees of freedom for the residual deviation)
 */
public record EventWindows(int estimationStart, int estimationEnd, int eventStart, int eventEnd,
                           int minEstimationDays) {

    public static final int DEFAULT_ESTIMATION_START = -120;
    public static final int DEFAULT_ESTIMATION_END = -11;
    public static final int DEFAULT_EVENT_START = -1;
    public static final int DEFAULT_EVENT_END = 1;
    /** Half the default estimation window: fewer days than that and beta is mostly noise. */
    public static final int DEFAULT_MIN_ESTIMATION_DAYS = 55;

    /** @throws IllegalArgumentException when the windows are empty, overlap, or too few days are required */
    public EventWindows {
        if (estimationStart > estimationEnd || eventStart > eventEnd) {
            throw new IllegalArgumentException("a window ends before it starts");
        }
        if (estimationEnd >= eventStart) {
            throw new IllegalArgumentException("the estimation window must end before the event window starts");
        }
        if (minEstimationDays < 3) {
            throw new IllegalArgumentException("at least 3 estimation days are needed, not " + minEstimationDays);
        }
    }

    /** Estimation −120 … −11, event −1 … +1, at least 55 estimation days. */
    public static EventWindows defaults() {
        return new EventWindows(DEFAULT_ESTIMATION_START, DEFAULT_ESTIMATION_END, DEFAULT_EVENT_START,
                DEFAULT_EVENT_END, DEFAULT_MIN_ESTIMATION_DAYS);
    }

    /** The number of days in the event window, L. */
    public int eventDays() {
        return eventEnd - eventStart + 1;
    }
}
