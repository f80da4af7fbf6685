package org.roundtrip.ingest.cell;

/**
 * An amount cell as understood, before any conversion to US dollars.
 *
 * @param value    the amount in the currency's own units with the unit applied ("$300B" → 3.0E11), never
 *                 negative; {@link Double#NaN} when undisclosed ("undisclosed", "n/a", "-", empty)
 * @param currency the ISO 4217 code written in the cell itself ("$300B" → "USD", "5 Md€" → "EUR",
 *                 "300 JPY bn" → "JPY"), or null when the cell names no currency (the column's or the
 *                 header's currency then applies, else USD)
 * @param french   whether the cell itself is written in French (it holds milliard(s), Md, Mds, "de dollars",
 *                 jusqu'à, moins de, plus de or entre), whatever the sheet's language
 */
public record Amount(double value, String currency, boolean french) {

    public Amount {
        if (value < 0 || Double.isInfinite(value)) {
            throw new IllegalArgumentException("an amount is NaN, 0 or positive and finite: " + value);
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO code in upper case: " + currency);
        }
    }

    /** Whether the amount was not disclosed; then {@link #value()} is NaN. */
    public boolean isUndisclosed() {
        return Double.isNaN(value);
    }
}
