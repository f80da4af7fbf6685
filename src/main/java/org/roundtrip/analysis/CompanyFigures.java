package org.roundtrip.analysis;

/**
 * One company's commitments against its revenue, over counted deals that are not self-deals.
 * Amounts are US dollars; undisclosed amounts are left out of every sum.
 *
 * @param name              the canonical company name
 * @param outgoingUsd       the sum of known amounts the company pays, 0 when none
 * @param incomingUsd       the sum of known amounts the company receives, 0 when none
 * @param annualOutgoingUsd the sum of each known amount paid divided by its term in years (at least
 *                          1; no term = 1 year), 0 when none
 * @param annualRevenueUsd  the newest revenue period scaled to twelve months, or null when the company
 *                          has no revenue row; reported even when 0
 * @param ratio             {@code outgoingUsd / annualRevenueUsd}, or null when there is no revenue or it is ≤ 0
 * @param annualRatio       {@code annualOutgoingUsd / annualRevenueUsd}, or null when there is no revenue or it
 *                          is ≤ 0
 */
public record CompanyFigures(String name, double outgoingUsd, double incomingUsd, double annualOutgoingUsd,
                             Double annualRevenueUsd, Double ratio, Double annualRatio) {
}
