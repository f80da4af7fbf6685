package org.roundtrip.ingest.cell;

import java.math.BigDecimal;

/**
 * Scales a written figure by its unit or rate in decimal, so that "6.3" billion is exactly
 * 6.3E9 rather than whatever binary rounding of 6.3 × 10⁹ gives.
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code value × factor}, computed on the shortest decimal forms of both; NaN and infinities pass through. */
    public static double times(double value, double factor) {
        if (!Double.isFinite(value) || !Double.isFinite(factor)) {
            return value * factor;
        }
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }
}
