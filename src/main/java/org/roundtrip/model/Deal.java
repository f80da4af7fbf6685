package org.roundtrip.model;

import java.util.Objects;

/**
 * One deal: money that flows from {@code payer} to {@code recipient}.
 *
 * @param date         when it was announced, never null
 * @param payer        the canonical name of who pays, never null
 * @param recipient    the canonical name of who receives, never null
 * @param amountUsd    the amount in US dollars, or {@link Double#NaN} when undisclosed (see {@link #isDisclosed()})
 * @param amountText   the amount cell's text as written in the workbook, "" when empty
 * @param currency     the ISO code the amount was written in ({@code "USD"} unless said)
 * @param type         never null; {@link DealType#OTHER} when not understood
 * @param termYears    the contract's term in years, or {@link Double#NaN} when not given
 * @param status       never null
 * @param source       free text, "" when empty
 * @param note         free text, "" when empty
 * @param origin       the row it was read from, never null
 */
public record Deal(
        DealDate date,
        String payer,
        String recipient,
        double amountUsd,
        String amountText,
        String currency,
        DealType type,
        double termYears,
        DealStatus status,
        String source,
        String note,
        SourceRef origin) {

    public Deal {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        if (amountUsd < 0) {
            throw new IllegalArgumentException("negative amount: " + amountUsd);
        }
        amountText = amountText == null ? "" : amountText;
        currency = currency == null ? "USD" : currency;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    /** Whether the amount is known; an undisclosed amount is {@link Double#NaN}. */
    public boolean isDisclosed() {
        return !Double.isNaN(amountUsd);
    }

    /** Whether the deal is counted under the given option; see {@link DealStatus#isCounted(boolean)}. */
    public boolean isCounted(boolean includeTalks) {
        return status.isCounted(includeTalks);
    }

    /** A company paying itself: imported and counted, but left out of every other figure. */
    public boolean isSelfDeal() {
        return payer.equals(recipient);
    }

    /** Years over which the amount is paid for annualising: the term, at least one year; no term = 1 year. */
    public double annualisingYears() {
        return Double.isNaN(termYears) ? 1.0 : Math.max(termYears, 1.0);
    }
}
