package org.roundtrip.model;

import java.util.Comparator;
import java.util.List;

/** The one order in which names and paths of names are sorted everywhere (contract: DESIGN.md "Figures"). */
public final class Names {

    /** Case-insensitive first, then exact, so that "amd" and "AMD" still have a stable order. */
    public static final Comparator<String> ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** Element by element with {@link #ORDER}; a prefix sorts first. */
    public static final Comparator<List<String>> PATH_ORDER = (a, b) -> {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private Names() {
    }
}
