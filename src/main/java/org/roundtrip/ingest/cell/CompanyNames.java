package org.roundtrip.ingest.cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How company names are matched (DESIGN.md "Company names"): ignoring case, accents, spaces,
 * punctuation and, repeatedly, the trailing legal-form words Inc, Corp, Corporation, Co, Ltd, LLC,
 * PLC, SA, AG, GmbH, NV, Group, Holdings. "Nvidia Corporation" matches "NVIDIA", "SoftBank Group
 * Corp" matches "SoftBank", "Open AI" matches "OpenAI Inc.", but "Amazon.com" stays apart from
 * "Amazon".
 */
public final class CompanyNames {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "sa", "ag", "gmbh", "nv", "group", "holdings");
    /** Single letters joined by dots, "S.A." or "N.V": one word, so that "S.A." is the legal form SA. */
    private static final Pattern DOTTED_LETTERS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Letters with a stroke that Unicode does not decompose into a letter and an accent ("Ørsted"). */
    private static final String STROKED = "øłđħŧƀɨʉ" + "ı";
    private static final String UNSTROKED = "oldhtbiu" + "i";

    private CompanyNames() {
    }

    /**
     * The matching key of a company name: two names are the same company when their keys are equal.
     * The key is lower case, without accents, spaces or punctuation, and without trailing legal-form
     * words; the last remaining word is never taken off ("Group" alone keys as "group").
     * {@code key(key(x)).equals(key(x))} for every x.
     *
     * @param name a company name as written; null gives ""
     * @return the key, "" when the name holds no letter or digit
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = unstroke(Text.stripAccents(Text.stripAccents(name).toLowerCase(Locale.ROOT)));
        Matcher dotted = DOTTED_LETTERS.matcher(folded);
        StringBuilder joined = new StringBuilder();
        while (dotted.find()) {
            dotted.appendReplacement(joined, Matcher.quoteReplacement(dotted.group().replace(".", "")));
        }
        dotted.appendTail(joined);
        List<String> words = new ArrayList<>(Arrays.asList(NOT_WORD.split(joined)));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join("", words);
    }

    private static String unstroke(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = STROKED.indexOf(c);
            if (c == 'ß') {
                out.append("ss");
            } else {
                out.append(k >= 0 ? UNSTROKED.charAt(k) : c);
            }
        }
        return out.toString();
    }

    /**
     * The aliases written in one cell, separated by ";": "Google; Alphabet Inc." → ["Google",
     * "Alphabet Inc."]. Each is trimmed (no-break spaces too); empty ones are dropped.
     *
     * @param cell the cell's text; null gives an empty list
     * @return the aliases as written, in order, never null
     */
    public static List<String> splitAliases(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> aliases = new ArrayList<>();
        for (String part : cell.split(";")) {
            String alias = part.strip().replaceAll("^[\\s\\u00a0\\u202f]+|[\\s\\u00a0\\u202f]+$", "");
            if (!alias.isEmpty()) {
                aliases.add(alias);
            }
        }
        return List.copyOf(aliases);
    }
}
