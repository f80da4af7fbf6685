package org.roundtrip.analysis;

import org.roundtrip.model.Deal;

import java.util.List;
import java.util.Objects;

/**
 * A deal found in both imports (same canonical payer, recipient and date) whose fields differ.
 *
 * @param before the deal in the earlier import, never null
 * @param after  the deal in the later import, never null
 * @param fields the fields that differ, in {@link FieldChange#FIELDS} order, never empty
 */
public record DealChange(Deal before, Deal after, List<FieldChange> fields) {

    public DealChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        fields = List.copyOf(fields);
    }
}
