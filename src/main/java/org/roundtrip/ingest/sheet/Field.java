package org.roundtrip.ingest.sheet;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A column the importer understands, with the header words that name it (DESIGN.md "Recognising
 * sheets and columns"). Words are in normalised form (see {@link org.roundtrip.ingest.cell.Text#normalise}).
 */
public enum Field {
    PAYER(List.of("payer", "from", "investor", "buyer"), List.of("investisseur", "payeur", "acheteur")),
    RECIPIENT(List.of("recipient", "to", "investee", "seller", "supplier", "vendor", "counterparty"),
            List.of("beneficiaire", "destinataire", "fournisseur", "vendeur")),
    AMOUNT(List.of("amount", "value", "commitment", "size"), List.of("montant", "valeur", "engagement")),
    DATE(List.of("date", "announced", "announcement date"), List.of("date", "date d'annonce")),
    TYPE(List.of("type", "kind", "deal type", "nature"), List.of("type", "nature", "type d'accord")),
    TERM(List.of("term", "duration", "years", "term years"), List.of("duree", "duree ans")),
    STATUS(List.of("status", "stage"), List.of("statut", "etat")),
    SOURCE(List.of("source", "url", "link"), List.of("source", "lien")),
    NOTE(List.of("note", "notes", "comment"), List.of("note", "notes", "commentaire", "remarque")),
    COMPANY(List.of("company", "name"), List.of("societe", "entreprise", "nom")),
    PERIOD(List.of("period", "fiscal year"), List.of("periode", "exercice")),
    START(List.of("start", "period start"), List.of("debut")),
    END(List.of("end", "period end"), List.of("fin")),
    METRIC(List.of("metric", "measure"), List.of("indicateur")),
    CURRENCY(List.of("currency"), List.of("devise", "monnaie")),
    RATE(List.of("rate", "usd per unit"), List.of("taux")),
    TICKER(List.of("ticker", "symbol"), List.of("symbole")),
    CLOSE(List.of("close", "price"), List.of("cloture", "cours")),
    ALIASES(List.of("aliases", "alias", "also known as"), List.of("alias")),
    BENCHMARK(List.of("benchmark", "index"), List.of("indice"));

    /** Which language a header word belongs to, for deciding whether a sheet is French. */
    public enum Language { ENGLISH, FRENCH, BOTH }

    private static final Map<String, Field> BY_WORD = new HashMap<>();
    private static final Map<String, Language> LANGUAGE = new HashMap<>();

    static {
        Map<String, Boolean> english = new HashMap<>();
        Map<String, Boolean> french = new HashMap<>();
        for (Field f : values()) {
            for (String w : f.english) {
                BY_WORD.putIfAbsent(w, f);
                english.put(w, true);
            }
            for (String w : f.french) {
                BY_WORD.putIfAbsent(w, f);
                french.put(w, true);
            }
        }
        for (String w : BY_WORD.keySet()) {
            boolean en = english.containsKey(w);
            boolean fr = french.containsKey(w);
            LANGUAGE.put(w, en && fr ? Language.BOTH : fr ? Language.FRENCH : Language.ENGLISH);
        }
    }

    private final List<String> english;
    private final List<String> french;

    Field(List<String> english, List<String> french) {
        this.english = english;
        this.french = french;
    }

    /** The field a normalised header word names, or null. */
    public static Field byWord(String normalisedWord) {
        return BY_WORD.get(normalisedWord);
    }

    /** The language of a normalised header word that names a field, or null when it names none. */
    public static Language language(String normalisedWord) {
        return LANGUAGE.get(normalisedWord);
    }

    /** Fields required, by sheet kind; see {@link SheetKind}. */
    static Set<Field> set(Field... fields) {
        return fields.length == 0 ? Set.of() : java.util.EnumSet.of(fields[0], fields);
    }

    static <V> EnumMap<Field, V> map() {
        return new EnumMap<>(Field.class);
    }
}
