package org.roundtrip.ingest.cell;

import java.util.Objects;

/**
 * What a cell parser made of one cell: a value (perhaps with a warning), or a rejection with its
 * reason. Parsers never throw on bad input; they return {@link #rejected(String)}.
 *
 * @param value     the parsed value; null exactly when rejected
 * @param warning   a warning to report on the cell although the value was understood, or null
 * @param rejection why the cell was not understood, in a finance user's words, or null when accepted
 */
public record Parsed<T>(T value, String warning, String rejection) {

    public Parsed {
        if ((value == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of value and rejection must be set");
        }
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null, null);
    }

    public static <T> Parsed<T> warn(T value, String warning) {
        return new Parsed<>(Objects.requireNonNull(value), warning, null);
    }

    public static <T> Parsed<T> rejected(String reason) {
        return new Parsed<>(null, null, Objects.requireNonNull(reason));
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
