package org.roundtrip.analysis;

/**
 * How fast a company's revenue must grow to pay its commitments each year.
 *
 * @param company           the canonical company name
 * @param annualRevenueUsd  its annualised newest revenue in US dollars, above 0
 * @param annualOutgoingUsd its annualised commitments in US dollars, above 0
 * @param fromYear          the year its newest revenue period ends in, where growth starts
 * @param targetYear        the year by which revenue should reach {@code annualOutgoingUsd}
 * @param covered           whether revenue already reaches the commitments
 * @param requiredGrowth    the compound annual growth rate needed, as a fraction (1.5 = +150 % a year):
 *                          {@code (annualOutgoingUsd / annualRevenueUsd)^(1 / years) − 1} with
 *                          {@code years = targetYear − fromYear}; 0 or negative when already covered
 *                          (negative: how fast revenue could shrink and still cover); null when
 *                          {@code years ≤ 0}, since there is no time left to grow
 */
public record CoverageNeed(String company, double annualRevenueUsd, double annualOutgoingUsd, int fromYear,
                           int targetYear, boolean covered, Double requiredGrowth) {

    /** Years of growth available: {@code targetYear − fromYear}, possibly ≤ 0. */
    public int years() {
        return targetYear - fromYear;
    }
}
