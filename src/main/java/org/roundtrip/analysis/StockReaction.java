package org.roundtrip.analysis;

import java.time.LocalDate;

/**
 * How a company's stock moved on the first trading day of a deal's announcement.
 *
 * @param date           t0: the first trading day on or after the announcement, in the company's own prices
 * @param company        the canonical company name
 * @param ticker         the ticker whose prices were used
 * @param returnFraction close(t0) / close(previous trading day) − 1, as a fraction (0.237 = +23.7 %)
 * @param abnormal       the return less the benchmark's return over the same two days, or null when
 *                       there is no benchmark or it has no price on either day
 */
public record StockReaction(LocalDate date, String company, String ticker, double returnFraction, Double abnormal) {
}
