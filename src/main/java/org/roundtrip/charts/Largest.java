package org.roundtrip.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToDoubleFunction;

/**
 * The few largest of many items, as a stable sort by size (largest first) and a limit would give
 * them, without sorting the many: on 100,000 deals a chart wants its 5 or 40 largest, and sorting
 * every item took a good part of a filter change.
 */
final class Largest {

    private Largest() {
    }

    /** The {@code n} items of largest {@code size}, largest first; equal sizes in the items' order. */
    static <T> List<T> of(List<T> items, ToDoubleFunction<? super T> size, int n) {
        if (n <= 0) {
            return List.of();
        }
        // the kept item that would go first: the smallest size, and of equal sizes the latest
        Comparator<long[]> worstFirst = (a, b) -> {
            int c = Double.compare(Double.longBitsToDouble(a[0]), Double.longBitsToDouble(b[0]));
            return c != 0 ? c : Long.compare(b[1], a[1]);
        };
        PriorityQueue<long[]> kept = new PriorityQueue<>(n + 1, worstFirst);
        for (int i = 0; i < items.size(); i++) {
            long[] entry = {Double.doubleToLongBits(size.applyAsDouble(items.get(i))), i};
            if (kept.size() < n) {
                kept.add(entry);
            } else if (worstFirst.compare(entry, kept.peek()) > 0) {
                kept.poll();
                kept.add(entry);
            }
        }
        List<long[]> best = new ArrayList<>(kept);
        best.sort(worstFirst.reversed());
        List<T> result = new ArrayList<>(best.size());
        for (long[] entry : best) {
            result.add(items.get((int) entry[1]));
        }
        return result;
    }
}
