package org.roundtrip.ingest.cell;

import java.math.BigDecimal;

/**
 * Scales a written figure by its unit or rate in decimal, so that "6.3" billion is exactly
 * 6.3E9 rather than whatever binary rounding of 6.3 × 10⁹ gives.
 */
public final class Decimals {

    /** The highest power of ten a double holds exactly. */
    public static final int MAX_EXACT_POWER = 22;
    /** 2^53: integers below it are exact doubles. */
    private static final long EXACT = 1L << 53;
    private static final int MAX_SCALE = 15;
    /** Exact powers of ten: a double holds 10^0 … 10^22 without rounding. */
    private static final double[] POWERS = new double[MAX_EXACT_POWER + 1];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private Decimals() {
    }

    /** 10^n for 0 ≤ n ≤ {@link #MAX_EXACT_POWER}, exactly: a double holds no higher power of ten exactly. */
    public static double exactPowerOfTen(int n) {
        return POWERS[n];
    }

    /** {@code value × factor}, computed on the shortest decimal forms of both; NaN and infinities pass through. */
    public static double times(double value, double factor) {
        if (!Double.isFinite(value) || !Double.isFinite(factor)) {
            return value * factor;
        }
        if (factor == 1.0) {
            return value;
        }
        // Fast path for the usual case (a few digits times a power of ten or a short rate): both as
        // integer / 10^scale, the integer product exact, then one correctly rounded division.
        int valueScale = scale(value);
        int factorScale = valueScale < 0 ? -1 : scale(factor);
        if (factorScale >= 0 && valueScale + factorScale < POWERS.length) {
            long a = Math.round(value * POWERS[valueScale]);
            long b = Math.round(factor * POWERS[factorScale]);
            long product = a * b;
            if (Math.abs(a) < EXACT && Math.abs(b) < EXACT && Math.multiplyHigh(a, b) == (product >> 63)
                    && Math.abs(product) < EXACT) {
                return product / POWERS[valueScale + factorScale];
            }
        }
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    /**
     * The fewest decimals (0 … 15) with which {@code v} is written: the smallest scale at which the
     * nearest integer to v × 10^scale, below 2^53, reads back as v; -1 otherwise (left to BigDecimal).
     */
    private static int scale(double v) {
        for (int s = 0; s <= MAX_SCALE; s++) {
            double scaled = Math.rint(v * POWERS[s]);
            if (Math.abs(scaled) >= EXACT) {
                return -1;
            }
            if (scaled / POWERS[s] == v) {
                return s;
            }
        }
        return -1;
    }
}
