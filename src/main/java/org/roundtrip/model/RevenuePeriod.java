package org.roundtrip.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A company's revenue (or another metric such as EBITDA) over a period.
 *
 * @param company   canonical company name, never null
 * @param start     first day of the period, never null
 * @param end       last day of the period (inclusive), never null, not before {@code start}
 * @param amountUsd the amount in US dollars, never negative
 * @param metric    the metric as normalised by the importer: {@code "revenue"} for every revenue word
 *                  (sales, chiffre d'affaires…), otherwise the metric's own text in lower case
 * @param origin    the row it was read from, never null
 */
public record RevenuePeriod(String company, LocalDate start, LocalDate end, double amountUsd, String metric,
                            SourceRef origin) {

    /** The metric name that counts as revenue. */
    public static final String REVENUE = "revenue";

    /** Average days in a month, used to turn a period's length into months. */
    public static final double DAYS_PER_MONTH = 30.44;

    public RevenuePeriod {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(metric, "metric");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    public boolean isRevenue() {
        return REVENUE.equals(metric);
    }

    /** Days in the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The period's length in whole months: round(days / 30.44), at least 1. */
    public long months() {
        return Math.max(1, Math.round(days() / DAYS_PER_MONTH));
    }

    /** The amount scaled to twelve months (an H1 figure doubles). */
    public double annualisedUsd() {
        return amountUsd * 12.0 / months();
    }
}
