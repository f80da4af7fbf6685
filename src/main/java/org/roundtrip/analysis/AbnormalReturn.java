package org.roundtrip.analysis;

import java.time.LocalDate;

/**
 * One day of an event window. Returns are fractions.
 *
 * @param day      trading days relative to t0 (0 = first trading day of the news)
 * @param date     that trading day
 * @param actual   the stock's return that day
 * @param expected what the market model predicts from the benchmark's return: alpha + beta · benchmark
 * @param abnormal {@code actual − expected}
 */
public record AbnormalReturn(int day, LocalDate date, double actual, double expected, double abnormal) {
}
