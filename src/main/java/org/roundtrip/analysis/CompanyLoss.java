package org.roundtrip.analysis;

/**
 * One company at the end of a stress test.
 *
 * @param company          the canonical company name
 * @param lostInflowsUsd   the sum of known amounts owed to it by every company that failed, in US dollars
 * @param annualRevenueUsd its annual revenue as in {@link CompanyFigures#annualRevenueUsd()}, or null
 * @param revenueShare     {@code lostInflowsUsd / annualRevenueUsd}, or null when there is no revenue or it is ≤ 0
 * @param failedInRound    the round it failed in (0 for the companies failed at the start), or null when it held
 */
public record CompanyLoss(String company, double lostInflowsUsd, Double annualRevenueUsd, Double revenueShare,
                          Integer failedInRound) {
}
