package org.roundtrip.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cycle search's edge order (primitive keys, then exact fix-up) is the plain comparator's order. */
class HeaviestFirstProperties {

    /** The order as first written: a comparator over boxed edge numbers. */
    private static int[] byComparator(int[] payer, int[] recipient, double[] w, int[] edges) {
        Integer[] order = Arrays.stream(edges).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> {
            boolean aUnknown = Double.isNaN(w[a]);
            boolean bUnknown = Double.isNaN(w[b]);
            if (aUnknown != bUnknown) {
                return aUnknown ? 1 : -1;
            }
            int c = aUnknown ? 0 : Double.compare(w[b], w[a]);
            if (c == 0) {
                c = Integer.compare(payer[a], payer[b]);
            }
            return c != 0 ? c : Integer.compare(recipient[a], recipient[b]);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    @Property(tries = 300)
    void sameOrderAsTheComparator(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int edgeCount,
                                  @ForAll boolean inPairOrder) {
        Random random = new Random(seed);
        int companies = 1 + random.nextInt(40);
        int[] payer = new int[edgeCount];
        int[] recipient = new int[edgeCount];
        double[] w = new double[edgeCount];
        double[] pool = {0.0, -0.0, Double.NaN, 1e9, 1e9 + 1, 1e9 + 2, Math.nextUp(1e9), 3.5e10, 7.0, Double.MIN_VALUE,
            1e300, Double.POSITIVE_INFINITY};
        for (int e = 0; e < edgeCount; e++) {
            payer[e] = random.nextInt(companies);
            recipient[e] = random.nextInt(companies);
            w[e] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextDouble() * 1e11;
        }
        if (inPairOrder) {
            // as a money graph gives them: by payer, then recipient
            long[] pairs = new long[edgeCount];
            for (int e = 0; e < edgeCount; e++) {
                pairs[e] = ((long) payer[e] << 32) | recipient[e];
            }
            Arrays.sort(pairs);
            for (int e = 0; e < edgeCount; e++) {
                payer[e] = (int) (pairs[e] >>> 32);
                recipient[e] = (int) pairs[e];
            }
        }
        int[] edges = edgeCount == 0 ? new int[0]
                : random.ints(0, edgeCount).distinct().limit(edgeCount / 2 + 1L).sorted().toArray();
        int[] fast = TopCycleSearch.heaviestFirst(payer, recipient, w, edges);
        int[] plain = byComparator(payer, recipient, w, edges);
        // edges with equal payer, recipient and weight may come either way; compare what they are
        for (int i = 0; i < plain.length; i++) {
            assertThat(new Object[] {payer[fast[i]], recipient[fast[i]], Double.doubleToLongBits(w[fast[i]])})
                    .as("position %d", i)
                    .containsExactly(payer[plain[i]], recipient[plain[i]], Double.doubleToLongBits(w[plain[i]]));
        }
    }
}
