package org.roundtrip.ingest.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueCharsTest {

    private static double number(String s) {
        char[] padded = ("<v>" + s + "</v>").toCharArray();
        return ValueChars.number(padded, 3, s.length());
    }

    private static int index(String s) {
        char[] padded = ("xx" + s + "yy").toCharArray();
        return ValueChars.index(padded, 2, s.length());
    }

    @Test
    void readsTheNumbersExcelWrites() {
        assertThat(number("45123")).isEqualTo(45123.0);
        assertThat(number("-12.5")).isEqualTo(-12.5);
        assertThat(number("6.3")).isEqualTo(6.3);
        assertThat(number("1.5E-3")).isEqualTo(0.0015);
        assertThat(number("2E+10")).isEqualTo(2e10);
        assertThat(number(" 0.1 ")).isEqualTo(0.1);
        assertThat(Double.doubleToRawLongBits(number("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void leavesEverythingElseToTheGeneralPath() {
        for (String s : new String[] {"", " ", "-", ".", "E5", "1e", "12d", "0x10", "NaN", "Infinity", "1,5", "1.2.3",
            "1.2345678901234567", "1E400", "1E-30", "12 3"}) {
            assertThat(number(s)).as(s).isNaN();
        }
    }

    @Property(tries = 3000)
    void givesTheSameDoubleAsParseDouble(@ForAll("written") String written) {
        double fast = number(written);
        if (!Double.isNaN(fast)) {
            assertThat(Double.doubleToRawLongBits(fast)).as(written)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(written)));
        }
    }

    @Property(tries = 500)
    void readsEveryDoubleThatPrintsShortly(@ForAll double value) {
        String written = Double.toString(value);
        double fast = number(written);
        if (!Double.isNaN(fast)) {
            assertThat(fast).as(written).isEqualTo(value);
        }
    }

    @Provide
    Arbitrary<String> written() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(17);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(17).map(f -> f.isEmpty() ? "" : "." + f);
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.integers().between(-40, 40).map(e -> "E" + (e >= 0 ? "+" : "") + e));
        return Combinators.combine(sign, whole, fraction, exponent).as((s, w, f, e) -> s + w + f + e)
                .filter(t -> t.chars().anyMatch(Character::isDigit));
    }

    @Test
    void indexesAreDigitsOnly() {
        assertThat(index("0")).isZero();
        assertThat(index("1010015")).isEqualTo(1010015);
        assertThat(index(" 42 ")).isEqualTo(42);
        assertThat(index("")).isEqualTo(-1);
        assertThat(index("-1")).isEqualTo(-1);
        assertThat(index("1e3")).isEqualTo(-1);
        assertThat(index("9999999999")).isEqualTo(-1);
    }
}
