package org.roundtrip.analysis;

import java.util.Objects;

/**
 * One company's commitment ratios in each import ({@link CompanyFigures#ratio()}, {@link
 * CompanyFigures#annualRatio()}). Each is null where that import has no usable revenue for the company,
 * or does not name it at all.
 *
 * @param company           the canonical name, never null
 * @param ratioBefore       outgoing / annual revenue in the earlier import, or null
 * @param ratioAfter        the same in the later import, or null
 * @param annualRatioBefore annual outgoing / annual revenue in the earlier import, or null
 * @param annualRatioAfter  the same in the later import, or null
 */
public record RatioChange(String company, Double ratioBefore, Double ratioAfter, Double annualRatioBefore,
                          Double annualRatioAfter) {

    public RatioChange {
        Objects.requireNonNull(company, "company");
    }

    /** Whether either ratio differs between the imports (null and a number differ). */
    public boolean moved() {
        return !Objects.equals(ratioBefore, ratioAfter) || !Objects.equals(annualRatioBefore, annualRatioAfter);
    }
}
