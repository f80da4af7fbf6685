package org.roundtrip.ingest.cell;

import org.roundtrip.model.DealDate;

/**
 * What a date cell's text can mean. Either the form settles it ({@code exact} is set: ISO text, a month
 * name, or numeric text whose two readings agree, such as "05/05/2025"), or it is numeric d/m/y text
 * whose day-first and month-first readings differ and the column decides (DESIGN.md "Dates").
 *
 * @param exact      the date when the text is unambiguous by its form, else null
 * @param dayFirst   the dd/mm/yyyy reading of numeric text, or null when that reading is no valid date
 *                   or the text is not numeric d/m/y; equals {@code exact} when both readings agree
 * @param monthFirst the mm/dd/yyyy reading of numeric text, or null likewise
 */
public record DateCandidates(DealDate exact, DealDate dayFirst, DealDate monthFirst) {

    public DateCandidates {
        if (exact == null && dayFirst == null && monthFirst == null) {
            throw new IllegalArgumentException("a date cell needs at least one reading");
        }
    }

    /** A date that its form settles. */
    public static DateCandidates exactly(DealDate date) {
        return new DateCandidates(date, null, null);
    }
}
