package org.roundtrip.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deal's date with its precision. A month-precision date is held as the first day of its month.
 *
 * @param date      never null; the first of the month when {@code precision} is {@link DatePrecision#MONTH}
 * @param precision never null
 */
public record DealDate(LocalDate date, DatePrecision precision) implements Comparable<DealDate> {

    public DealDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.MONTH) {
            date = date.withDayOfMonth(1);
        }
    }

    public static DealDate ofDay(LocalDate date) {
        return new DealDate(date, DatePrecision.DAY);
    }

    public static DealDate ofMonth(int year, int month) {
        return new DealDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public boolean isDay() {
        return precision == DatePrecision.DAY;
    }

    @Override
    public int compareTo(DealDate other) {
        int c = date.compareTo(other.date);
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    /** ISO text: {@code 2025-09-10}, or {@code 2025-08} for a month. */
    @Override
    public String toString() {
        return precision == DatePrecision.DAY ? date.toString() : date.toString().substring(0, 7);
    }
}
