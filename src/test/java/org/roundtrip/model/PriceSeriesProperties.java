package org.roundtrip.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A series finds any calendar day's trading day as a scan of its dates would, indexed or not. */
class PriceSeriesProperties {

    @Property(tries = 300)
    void indexOfAndIndexOnOrAfterAgreeWithAScanOfTheDates(@ForAll long seed,
                                                          @ForAll @IntRange(min = 0, max = 60) int days,
                                                          @ForAll boolean spanningMillennia) {
        Random random = new Random(seed);
        // millennia apart: beyond the day index, where the series searches its dates instead
        int spread = spanningMillennia ? PriceSeries.MAX_INDEXED_DAYS * 2 : 120;
        LocalDate origin = LocalDate.of(1500, 1, 1);
        TreeSet<LocalDate> set = new TreeSet<>();
        while (set.size() < days) {
            set.add(origin.plusDays(random.nextInt(spread)));
        }
        LocalDate[] dates = set.toArray(new LocalDate[0]);
        PriceSeries series = new PriceSeries("T", dates, new double[dates.length]);
        for (int q = 0; q < 200; q++) {
            LocalDate day = q % 4 == 0 && dates.length > 0 ? dates[random.nextInt(dates.length)]
                    : origin.plusDays(random.nextInt(spread + 20) - 10);
            int exact = -1;
            int onOrAfter = -1;
            for (int i = dates.length - 1; i >= 0; i--) {
                if (dates[i].equals(day)) {
                    exact = i;
                }
                if (!dates[i].isBefore(day)) {
                    onOrAfter = i;
                }
            }
            assertThat(series.indexOf(day)).as("indexOf %s", day).isEqualTo(exact);
            assertThat(series.indexOnOrAfter(day)).as("indexOnOrAfter %s", day).isEqualTo(onOrAfter);
        }
    }
}
