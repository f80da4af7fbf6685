package org.roundtrip.ingest.sheet;

import org.roundtrip.ingest.cell.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header cell matched against the field words: "Amount (USD bn)" is {@link Field#AMOUNT} with the
 * unit hint "usd bn"; "Montant Md$" is AMOUNT with "md $".
 *
 * @param field    the field named, or null when the header names none
 * @param word     the normalised word that matched (for the language vote), or null
 * @param unitHint the unit and currency words taken off the header ("usd bn"), "" when none
 */
public record HeaderCell(Field field, String word, String unitHint) {

    private static final Set<String> UNIT_WORDS = Set.of("usd", "eur", "$", "€", "bn", "m", "md", "mds", "k");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.*?)\\s*[(\\[{]([^)\\]}]*)[)\\]}]\\s*$");

    static final HeaderCell NONE = new HeaderCell(null, null, "");

    /** Matches one header text; never null. */
    public static HeaderCell match(String text) {
        String n = Text.normalise(text);
        if (n.isEmpty()) {
            return NONE;
        }
        Field f = Field.byWord(n);
        if (f != null) {
            return new HeaderCell(f, n, "");
        }
        // Take off a trailing bracketed part, then whole unit or currency words.
        String hint = "";
        Matcher m = TRAILING_BRACKET.matcher(n);
        if (m.matches()) {
            n = m.group(1).trim();
            hint = m.group(2).trim();
        }
        String spaced = n.replace("$", " $ ").replace("€", " € ");
        List<String> kept = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (String token : spaced.trim().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            if (UNIT_WORDS.contains(token)) {
                units.add(token);
            } else {
                kept.add(token);
            }
        }
        String core = String.join(" ", kept);
        f = Field.byWord(core);
        if (f == null) {
            return NONE;
        }
        String allHints = (String.join(" ", units) + " " + hint).trim();
        return new HeaderCell(f, core, allHints);
    }
}
