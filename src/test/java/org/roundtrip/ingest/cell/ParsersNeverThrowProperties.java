package org.roundtrip.ingest.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No text makes a cell parser throw: every input gives a value or a rejection. Tried with arbitrary
 * Unicode strings and with strings built from the words and signs the parsers look for, which reach
 * deeper into them.
 */
class ParsersNeverThrowProperties {

    private static final List<String> PIECES = List.of(
            "0", "1", "5", "12", "31", "2025", "25", "999999999999999999999", "1,234.5", "1 234,5", "6,300", "6.300",
            "1.234.567", ".5", ",5", "1e9", "1e999", "-", "–", "—", "−", "+", "(", ")", "[", "]", "/", ".", ",", ";",
            ":", "'", "’", "%", "$", "€", "£", "¥", "US$", "Md$", "<", ">", "<=", "≥", "~", "≈", "*", "\u00a0",
            "\u202f", " ", "  ", "k", "M", "m", "mn", "B", "bn", "billion", "billions", "Md", "Mds", "milliard",
            "milliards", "T", "tn", "trillion", "USD", "EUR", "JPY", "usd", "dollars", "de", "d'", "euros", "up to",
            "jusqu'à", "less than", "moins de", "more than", "plus de", "ou plus", "or more", "entre", "et", "between",
            "and", "to", "à", "from", "about", "environ", "undisclosed", "non divulgué", "n/a", "?", "Q", "Q3", "H1",
            "S2", "T3", "FY", "FY24", "1H25", "3Q", "9M", "Jan", "janv.", "Sept", "septembre", "août", "févr.", "1er",
            "10th", "of", "T00:00", "10/09/2025", "31/02/2025", "2025-09-10", "2025-09", "Inc.", "Corp", "S.A.",
            "Group", "signé", "en négociation", "years", "mois", "18", "É", "ẞ", "İ", "ǅ", "\u0301", "🙂", "\t", "\n");

    @Provide
    Arbitrary<String> cellTexts() {
        Arbitrary<String> fromPieces = Arbitraries.of(PIECES).list().ofMaxSize(8)
                .flatMap(pieces -> Arbitraries.of("", " ").list().ofSize(pieces.size()).map(spaces -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        s.append(pieces.get(i)).append(spaces.get(i));
                    }
                    return s.toString();
                }));
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> asciiText = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, fromPieces), net.jqwik.api.Tuple.of(2, anyText),
                net.jqwik.api.Tuple.of(2, asciiText)).injectNull(0.01);
    }

    @Property(tries = 3000)
    void amountParserNeverThrowsAndNeverGivesANegativeAmount(@ForAll("cellTexts") String text,
                                                              @ForAll boolean frenchSheet,
                                                              @ForAll("cellTexts") String hintWords) {
        Parsed<Amount> p = AmountParser.parse(text, frenchSheet, UnitHint.parse(hintWords, frenchSheet));
        assertThat(p).isNotNull();
        if (!p.isRejected()) {
            double v = p.value().value();
            assertThat(Double.isNaN(v) || (v >= 0 && !Double.isInfinite(v))).as("value %s", v).isTrue();
        }
    }

    @Property(tries = 2000)
    void numberParserNeverThrows(@ForAll("cellTexts") String text, @ForAll boolean frenchSheet) {
        Parsed<Double> p = NumberParser.parse(text, frenchSheet);
        if (!p.isRejected()) {
            assertThat(p.value()).isFinite();
        }
    }

    @Property(tries = 2000)
    void unitHintNeverThrows(@ForAll("cellTexts") String words, @ForAll boolean french) {
        UnitHint hint = UnitHint.parse(words, french);
        assertThat(hint.multiplier()).isPositive();
    }

    @Property(tries = 3000)
    void dateParserNeverThrows(@ForAll("cellTexts") String text) {
        assertThat(DateParser.parse(text)).isNotNull();
    }

    @Property(tries = 3000)
    void periodParserNeverThrows(@ForAll("cellTexts") String text) {
        Parsed<Period> p = PeriodParser.parse(text);
        if (!p.isRejected()) {
            assertThat(p.value().end()).isAfterOrEqualTo(p.value().start());
        }
    }

    @Property(tries = 2000)
    void companyNamesNeverThrow(@ForAll("cellTexts") String text) {
        assertThat(CompanyNames.key(text)).isNotNull();
        assertThat(CompanyNames.splitAliases(text)).doesNotContain("");
    }

    @Property(tries = 2000)
    void dealWordsNeverThrow(@ForAll("cellTexts") String text, @ForAll boolean frenchSheet) {
        assertThat(DealWords.type(text).value()).isNotNull();
        assertThat(DealWords.status(text)).isNotNull();
        Parsed<Double> term = DealWords.termYears(text, frenchSheet);
        if (!term.isRejected() && !term.value().isNaN()) {
            assertThat(term.value()).isNotNegative().isFinite();
        }
        assertThat(DealWords.metric(text)).isNotNull();
    }
}
