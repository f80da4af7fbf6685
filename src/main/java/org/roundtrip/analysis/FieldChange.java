package org.roundtrip.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One field of a deal with its value in each import. Values are what the JSON output shows: a
 * {@link Double} for {@code amountUsd} (US dollars) and {@code termYears} (years), null when
 * undisclosed or not given; the label for {@code type} and {@code status} ("cloud contract",
 * "signed"); the text itself for the other fields.
 *
 * @param field  one of {@link #FIELDS}
 * @param before the earlier value, may be null
 * @param after  the later value, may be null
 */
public record FieldChange(String field, Object before, Object after) {

    /** The fields compared, in the order they are reported; payer, recipient and date match deals instead. */
    public static final List<String> FIELDS = List.of("amountUsd", "amountText", "currency", "type", "termYears",
            "status", "source", "note");

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
