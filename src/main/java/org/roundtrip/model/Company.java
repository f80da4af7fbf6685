package org.roundtrip.model;

import java.util.List;
import java.util.Objects;

/**
 * A company as described by a companies sheet, or as first named in a deal or revenue row.
 *
 * @param name      the canonical name, never null
 * @param aliases   other spellings that resolve to this company, never null
 * @param ticker    its stock ticker, or null when unlisted or unknown
 * @param benchmark the ticker of the index its stock is compared with, or null
 */
public record Company(String name, List<String> aliases, String ticker, String benchmark) {

    public Company {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Company named(String name) {
        return new Company(name, List.of(), null, null);
    }
}
