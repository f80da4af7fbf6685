package org.roundtrip.ingest.cell;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text normalisation shared by header matching and the cell parsers. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[_\\-.\\u2010-\\u2015]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

    private Text() {
    }

    /** Removes accents: "Bénéficiaire" → "Beneficiaire", "Société" → "Societe". */
    public static String stripAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('’', '\'').replace('‘', '\'')
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    }

    /** Folds every run of white space (including no-break spaces) to one space and trims. */
    public static String foldSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /**
     * The header normalisation of DESIGN.md: lower case, accents stripped, {@code _ - .} turned into
     * spaces, runs of spaces folded. "Date_d’annonce" → "date d'annonce".
     */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String t = stripAccents(s).toLowerCase(java.util.Locale.ROOT);
        t = SEPARATORS.matcher(t).replaceAll(" ");
        return foldSpaces(t);
    }

    /** Lower case and accents stripped, spaces folded, punctuation kept: for matching cell words. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        return foldSpaces(stripAccents(s).toLowerCase(java.util.Locale.ROOT));
    }
}
