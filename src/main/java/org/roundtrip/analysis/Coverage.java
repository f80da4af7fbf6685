package org.roundtrip.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.RevenuePeriod;

/** The seeds' question "can revenue ever pay for these commitments?" (DESIGN.md, "Coverage"). */
public final class Coverage {

    /** The year the seeds' commitments mostly fall due. */
    public static final int DEFAULT_TARGET_YEAR = 2030;

    private Coverage() {
    }

    /** {@link #compute(Dataset, AnalysisOptions, int)} for {@link #DEFAULT_TARGET_YEAR}. */
    public static List<CoverageNeed> compute(Dataset dataset, AnalysisOptions options) {
        return compute(dataset, options, DEFAULT_TARGET_YEAR);
    }

    /**
     * The growth each company needs for its annualised revenue to reach its annualised commitments
     * ({@link CompanyFigures#annualOutgoingUsd()}) by {@code targetYear}, for every company with
     * revenue above 0 and commitments above 0 (revenue of 0 cannot grow by any rate), sorted by name.
     */
    public static List<CoverageNeed> compute(Dataset dataset, AnalysisOptions options, int targetYear) {
        Map<String, RevenuePeriod> newest = NewestRevenue.byCompany(dataset);
        List<CoverageNeed> needs = new ArrayList<>();
        for (CompanyFigures figures : CommitmentRatios.compute(dataset, options)) {
            Double revenue = figures.annualRevenueUsd();
            double outgoing = figures.annualOutgoingUsd();
            if (revenue == null || revenue <= 0 || outgoing <= 0) {
                continue;
            }
            int fromYear = newest.get(figures.name()).end().getYear();
            int years = targetYear - fromYear;
            Double growth = years > 0 ? Math.pow(outgoing / revenue, 1.0 / years) - 1 : null;
            needs.add(new CoverageNeed(figures.name(), revenue, outgoing, fromYear, targetYear, revenue >= outgoing,
                    growth));
        }
        return List.copyOf(needs);
    }
}
