package org.roundtrip.ingest.cell;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path of {@link Decimals#times} gives what the decimal (BigDecimal) product gives. */
class DecimalsProperties {

    private static double viaBigDecimal(double value, double factor) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    @Property(tries = 5000)
    void writtenFiguresTimesUnitsAndRates(@ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long digits,
                                          @ForAll @IntRange(min = 0, max = 12) int decimals,
                                          @ForAll @LongRange(min = 1, max = 99_999_999) long rateDigits,
                                          @ForAll @IntRange(min = 0, max = 8) int rateDecimals,
                                          @ForAll @IntRange(min = 0, max = 15) int unitPower) {
        double value = Double.parseDouble(BigDecimal.valueOf(digits, decimals).toPlainString());
        double rate = Double.parseDouble(BigDecimal.valueOf(rateDigits, rateDecimals).toPlainString());
        double unit = Math.pow(10, unitPower);
        assertThat(Decimals.times(value, unit)).as("%s × %s", value, unit).isEqualTo(viaBigDecimal(value, unit));
        assertThat(Decimals.times(value, rate)).as("%s × %s", value, rate).isEqualTo(viaBigDecimal(value, rate));
    }

    @Property(tries = 2000)
    void anyDoubles(@ForAll double value, @ForAll double factor) {
        double fast = Decimals.times(value, factor);
        double exact = Double.isFinite(value) && Double.isFinite(factor) ? viaBigDecimal(value, factor) : value * factor;
        assertThat(Double.doubleToLongBits(fast)).as("%s × %s", value, factor).isEqualTo(Double.doubleToLongBits(exact));
    }

    @Test
    void theCaseItIsFor() {
        assertThat(Decimals.times(6.3, 1e9)).isEqualTo(6.3e9);
        assertThat(0.1 * 3).isNotEqualTo(0.3);
        assertThat(Decimals.times(0.1, 3)).isEqualTo(0.3);
        assertThat(Decimals.times(1.1, 1.1)).isEqualTo(1.21);
        assertThat(Decimals.times(Double.NaN, 1e9)).isNaN();
    }
}
