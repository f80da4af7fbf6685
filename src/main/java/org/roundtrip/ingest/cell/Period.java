package org.roundtrip.ingest.cell;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar period read from a revenue row's period label.
 *
 * @param start the first day of the period, never null
 * @param end   the last day of the period, included, never null, not before {@code start}
 */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }
}
