package org.roundtrip.ingest.cell;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Month names in English and French, full or abbreviated: "Sept", "sep.", "septembre", "févr.", "août". */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "janv", "janvier"},
            {"february", "feb", "febr", "fev", "fevr", "fevrier"},
            {"march", "mar", "mars"},
            {"april", "apr", "avr", "avril"},
            {"may", "mai"},
            {"june", "jun", "juin"},
            {"july", "jul", "juil", "juillet"},
            {"august", "aug", "aou", "aout"},
            {"september", "sep", "sept", "septembre"},
            {"october", "oct", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "decembre"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    private MonthNames() {
    }

    /**
     * The month a word names, 1 to 12, or 0 when it names none.
     *
     * @param word any case, accents allowed, with or without a trailing dot
     */
    static int month(String word) {
        String w = Text.fold(word);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.getOrDefault(w, 0);
    }

    /** "February", for messages. */
    static String english(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
