package org.roundtrip.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A market-model event study of one stock around one announcement. Returns are daily fractions.
 *
 * @param t0               the first trading day on or after the announcement
 * @param estimationDays   how many daily returns the model was fitted on
 * @param alpha            the model's intercept: the stock's daily return when the benchmark is flat
 * @param beta             how much the stock moves per unit move of the benchmark
 * @param residualSd       σ, the standard deviation of the fit's residuals (n − 2 degrees of freedom)
 * @param abnormalReturns  one per event-window day, in day order
 * @param car              the cumulative abnormal return: the sum of the event window's abnormal returns
 * @param tStatistic       {@code car / (σ · √L)} with L the event window's days; null when σ is 0
 * @param confidenceLow    lower end of the 95 % confidence interval of the CAR: car − t₉₇.₅ · σ · √L,
 *                         t₉₇.₅ the two-sided 95 % quantile of Student's t with n − 2 degrees of freedom
 * @param confidenceHigh   upper end, car + t₉₇.₅ · σ · √L
 */
public record EventEstimate(LocalDate t0, int estimationDays, double alpha, double beta, double residualSd,
                            List<AbnormalReturn> abnormalReturns, double car, Double tStatistic,
                            double confidenceLow, double confidenceHigh) {

    public EventEstimate {
        abnormalReturns = List.copyOf(abnormalReturns);
    }
}
