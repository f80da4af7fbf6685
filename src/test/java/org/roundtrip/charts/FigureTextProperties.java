package org.roundtrip.charts;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link FigureText#trim} strips as the regular expressions it replaced did: trailing zeros, then a bare point. */
class FigureTextProperties {

    @Property(tries = 2000)
    void trimsLikeTheRegularExpressions(@ForAll double v, @ForAll long seed) {
        double[] scaled = {v, v % 1000, Math.rint(v % 1000), (seed % 100_000) / 100.0, (seed % 1000) / 10.0, 0.0, -0.0};
        for (double x : scaled) {
            assertThat(FigureText.trim(x)).as("%s", x).isEqualTo(regex(x));
        }
    }

    private static String regex(double v) {
        double a = Math.abs(v);
        String s = a >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : a >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
