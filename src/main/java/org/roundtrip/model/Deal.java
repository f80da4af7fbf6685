package org.roundtrip.model;

import java.util.Objects;

/**
 * One deal: money that flows from {@code payer} to {@code recipient}. A class with a record's accessors,
 * equality and text, so that deals of one sheet can share their origin (a million deals, a million
 * objects fewer).
 *
 * <ul>
 * <li>{@code date}: when it was announced, never null</li>
 * <li>{@code payer}: the canonical name of who pays, never null</li>
 * <li>{@code recipient}: the canonical name of who receives, never null</li>
 * <li>{@code amountUsd}: the amount in US dollars, or {@link Double#NaN} when undisclosed (see {@link #isDisclosed()})</li>
 * <li>{@code amountText}: the amount cell's text as written in the workbook, "" when empty</li>
 * <li>{@code currency}: the ISO code the amount was written in ({@code "USD"} unless said)</li>
 * <li>{@code type}: never null; {@link DealType#OTHER} when not understood</li>
 * <li>{@code termYears}: the contract's term in years, or {@link Double#NaN} when not given</li>
 * <li>{@code status}: never null</li>
 * <li>{@code source}: free text, "" when empty</li>
 * <li>{@code note}: free text, "" when empty</li>
 * <li>{@code origin}: the row it was read from, never null</li>
 * </ul>
 */
public final class Deal {

    private final DealDate date;
    private final String payer;
    private final String recipient;
    private final double amountUsd;
    private final String amountText;
    private final String currency;
    private final DealType type;
    private final double termYears;
    private final DealStatus status;
    private final String source;
    private final String note;
    /** The file and sheet the deal was read from (its row, when it is not {@link #row}, is ignored). */
    private final SourceRef sheetOrigin;
    /** The 1-based row: kept beside a per-sheet origin, a million deals need no origin object each. */
    private final int row;

    public Deal(DealDate date, String payer, String recipient, double amountUsd, String amountText, String currency,
                DealType type, double termYears, DealStatus status, String source, String note, SourceRef origin) {
        this(date, payer, recipient, amountUsd, amountText, currency, type, termYears, status, source, note,
                Objects.requireNonNull(origin, "origin"), origin.row());
    }

    /**
     * A deal read from row {@code row} of the file and sheet of {@code sheetOrigin}, which many deals
     * of one sheet may share (its own row is not used).
     */
    public Deal(DealDate date, String payer, String recipient, double amountUsd, String amountText, String currency,
                DealType type, double termYears, DealStatus status, String source, String note, SourceRef sheetOrigin,
                int row) {
        this.date = Objects.requireNonNull(date, "date");
        this.payer = Objects.requireNonNull(payer, "payer");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.type = Objects.requireNonNull(type, "type");
        this.status = Objects.requireNonNull(status, "status");
        this.sheetOrigin = Objects.requireNonNull(sheetOrigin, "origin");
        if (amountUsd < 0) {
            throw new IllegalArgumentException("negative amount: " + amountUsd);
        }
        this.amountUsd = amountUsd;
        this.termYears = termYears;
        this.row = row;
        this.amountText = amountText == null ? "" : amountText;
        this.currency = currency == null ? "USD" : currency;
        this.source = source == null ? "" : source;
        this.note = note == null ? "" : note;
    }

    public DealDate date() {
        return date;
    }

    public String payer() {
        return payer;
    }

    public String recipient() {
        return recipient;
    }

    public double amountUsd() {
        return amountUsd;
    }

    public String amountText() {
        return amountText;
    }

    public String currency() {
        return currency;
    }

    public DealType type() {
        return type;
    }

    public double termYears() {
        return termYears;
    }

    public DealStatus status() {
        return status;
    }

    public String source() {
        return source;
    }

    public String note() {
        return note;
    }

    /** The row it was read from. */
    public SourceRef origin() {
        return sheetOrigin.row() == row ? sheetOrigin : new SourceRef(sheetOrigin.file(), sheetOrigin.sheet(), row);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Deal d && Double.compare(amountUsd, d.amountUsd) == 0
                && Double.compare(termYears, d.termYears) == 0 && row == d.row && date.equals(d.date)
                && payer.equals(d.payer) && recipient.equals(d.recipient) && amountText.equals(d.amountText)
                && currency.equals(d.currency) && type == d.type && status == d.status && source.equals(d.source)
                && note.equals(d.note) && Objects.equals(sheetOrigin.file(), d.sheetOrigin.file())
                && Objects.equals(sheetOrigin.sheet(), d.sheetOrigin.sheet());
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, payer, recipient, amountUsd, amountText, currency, type, termYears, status, source,
                note, origin());
    }

    @Override
    public String toString() {
        return "Deal[date=" + date + ", payer=" + payer + ", recipient=" + recipient + ", amountUsd=" + amountUsd
                + ", amountText=" + amountText + ", currency=" + currency + ", type=" + type + ", termYears="
                + termYears + ", status=" + status + ", source=" + source + ", note=" + note + ", origin=" + origin()
                + "]";
    }
}
