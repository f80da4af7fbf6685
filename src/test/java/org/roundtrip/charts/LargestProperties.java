package org.roundtrip.charts;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Largest#of} keeps what a stable sort by size, largest first, then a limit keeps, in that order. */
class LargestProperties {

    private record Item(int id, double size) {
    }

    @Property(tries = 500)
    void sameAsAStableSortAndALimit(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int count,
                                    @ForAll @IntRange(min = 0, max = 50) int n) {
        Random random = new Random(seed);
        double[] pool = {0.0, -0.0, 1.0, 2.5, 2.5, 1e9, Double.POSITIVE_INFINITY};
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Item(i, random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextInt(10)));
        }
        List<Item> expected = items.stream().sorted(Comparator.comparingDouble(Item::size).reversed()).limit(n).toList();
        assertThat(Largest.of(items, Item::size, n)).containsExactlyElementsOf(expected);
    }
}
