package org.roundtrip.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The K best simple cycles of a weighted directed graph without enumerating them all
 * (docs/decisions/0002-top-k-cycle-search.md).
 *
 * <p>Edges are added one by one, heaviest first, undisclosed ({@code NaN}) last. When u → v is added,
 * every simple path v → … → u among the edges already added closes a cycle whose lightest edge is
 * u → v: each cycle is found exactly once, by its last edge, already knowing its circulating amount.
 * Once more than K cycles are held and every edge as heavy as the last one has been added, no cycle
 * still to come can enter the K best.
 *
 * <p>Equal amounts sort by path, which this order does not give. So when the K-th cycle falls inside
 * a group of equal amounts (or among the undisclosed), that group is not listed in full — a dense tie
 * may hold 10^11 cycles — but its first cycles are taken in path order from {@link CyclesInPathOrder}.
 *
 * <p>Companies are numbers whose order is the names' order, so paths compare as number arrays.
 */
final class TopCycleSearch {

    /** A cycle as company numbers, first == last, and its circulating amount ({@code NaN}: undisclosed). */
    record Found(int[] path, double weightUsd) {
    }

    /** Largest amount first, undisclosed last, then by path (element by element, a prefix first). */
    static final Comparator<Found> BEST_FIRST = (a, b) -> {
        boolean aUnknown = Double.isNaN(a.weightUsd);
        boolean bUnknown = Double.isNaN(b.weightUsd);
        if (aUnknown != bUnknown) {
            return aUnknown ? 1 : -1;
        }
        int c = aUnknown ? 0 : Double.compare(b.weightUsd, a.weightUsd);
        return c != 0 ? c : Arrays.compare(a.path, b.path);
    };

    /** The best cycles, sorted best first, and whether more exist. */
    record Result(List<Found> best, boolean truncated) {
    }

    private final int companies;
    private final int maxCycleLength;
    private final int maxPathEdges;   // a return path v → … → u has at most maxCycleLength − 1 edges
    private final int backwardDepth;  // how far distances to u are known; the rest is searched forward
    private final int maxCycles;

    // edges added so far, as growing adjacency arrays
    private final int[][] out;
    private final int[] outCount;
    private final int[][] in;
    private final int[] inCount;

    // scratch space reused by every search; a stamp per search saves clearing the arrays
    private final int[] distanceToTarget;
    private final int[] distanceStamp;
    private int stamp;
    private final int[] queue;
    private final boolean[] onPath;
    private final int[] path;
    private final int[] nextNeighbour;

    private final PriorityQueue<Found> kept;  // worst first, at most maxCycles
    private long found;
    private long foundBeforeThisWeight;

    private TopCycleSearch(int companies, int maxCycleLength, int maxCycles) {
        this.companies = companies;
        this.maxCycleLength = maxCycleLength;
        this.maxPathEdges = Math.min(maxCycleLength, companies) - 1;
        // meet in the middle: about as many levels backward from u as forward from v
        this.backwardDepth = Math.max(0, (maxPathEdges - 1) / 2);
        this.maxCycles = maxCycles;
        out = new int[companies][];
        in = new int[companies][];
        outCount = new int[companies];
        inCount = new int[companies];
        distanceToTarget = new int[companies];
        distanceStamp = new int[companies];
        queue = new int[companies];
        onPath = new boolean[companies];
        path = new int[Math.max(1, maxPathEdges + 1)];
        nextNeighbour = new int[path.length];
        kept = new PriorityQueue<>(BEST_FIRST.reversed());
    }

    /**
     * The {@code maxCycles} best simple cycles of 2 to {@code maxCycleLength} companies.
     *
     * @param companies      number of companies; companies are 0 … companies − 1
     * @param payer          each edge's start
     * @param recipient      each edge's end, never its start; at most one edge per ordered pair
     * @param weightUsd      each edge's weight, {@code NaN} when undisclosed
     * @param edges          the edges to use (indices into the arrays above), e.g. those on some cycle
     */
    static Result search(int companies, int[] payer, int[] recipient, double[] weightUsd, int[] edges,
                         int maxCycleLength, int maxCycles) {
        TopCycleSearch search = new TopCycleSearch(companies, maxCycleLength, maxCycles);
        if (search.maxPathEdges < 1) {
            return new Result(List.of(), false);
        }
        return search.run(payer, recipient, weightUsd, heaviestFirst(payer, recipient, weightUsd, edges));
    }

    /**
     * Heaviest first, undisclosed last, ties by payer then recipient so that every run is the same.
     * A million edges are sorted as primitive keys (the weight rounded to a float, then the edge's
     * rank by payer and recipient), and only runs of equal rounded weights are put in exact order
     * after: a comparator over boxed indexes took most of the analysis of a big ledger.
     */
    static int[] heaviestFirst(int[] payer, int[] recipient, double[] weightUsd, int[] edges) {
        int n = edges.length;
        // rank: the edges by payer, then recipient
        long[] pairs = new long[n];
        for (int i = 0; i < n; i++) {
            pairs[i] = ((long) payer[edges[i]] << 32) | (recipient[edges[i]] & 0xffffffffL);
        }
        int[] byRank = edges.clone();
        if (!isSorted(pairs)) {
            // a money graph's edges already come in this order; other callers pay for a general sort
            int[] position = sortedPositions(pairs);
            for (int i = 0; i < n; i++) {
                byRank[i] = edges[position[i]];
            }
        }
        long[] keys = new long[n];
        for (int rank = 0; rank < n; rank++) {
            keys[rank] = ((long) weightKey(weightUsd[byRank[rank]]) << 32) | rank;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = byRank[(int) keys[i]];
        }
        // equal rounded weights: exact order by weight, rank order kept among exact ties
        for (int start = 0; start < n; ) {
            int end = start + 1;
            int key = (int) (keys[start] >>> 32);
            while (end < n && (int) (keys[end] >>> 32) == key) {
                end++;
            }
            if (end - start > 1 && key != UNDISCLOSED_KEY && !exactlyOrdered(order, start, end, weightUsd)) {
                Integer[] run = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = order[i];
                }
                Arrays.sort(run, (a, b) -> Double.compare(weightUsd[b], weightUsd[a])); // stable
                for (int i = start; i < end; i++) {
                    order[i] = run[i - start];
                }
            }
            start = end;
        }
        return order;
    }

    /** Sorts by this key puts heavier first and undisclosed (NaN) last; equal weights give equal keys. */
    private static final int UNDISCLOSED_KEY = Integer.MAX_VALUE;

    private static int weightKey(double weight) {
        if (Double.isNaN(weight)) {
            return UNDISCLOSED_KEY;
        }
        // a float's bits grow with a non-negative value: rounding keeps the order, merging only near-equals
        int bits = weight == 0 ? 0 : Float.floatToIntBits((float) weight);
        return 0x7f800000 - bits;
    }

    private static boolean exactlyOrdered(int[] order, int start, int end, double[] weightUsd) {
        for (int i = start + 1; i < end; i++) {
            if (Double.compare(weightUsd[order[i - 1]], weightUsd[order[i]]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSorted(long[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i - 1] > values[i]) {
                return false;
            }
        }
        return true;
    }

    /** Positions 0 … n − 1 ordered by their values, equal values in position order. */
    private static int[] sortedPositions(long[] values) {
        Integer[] positions = new Integer[values.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        Arrays.sort(positions, (a, b) -> Long.compare(values[a], values[b]));
        int[] result = new int[positions.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = positions[i];
        }
        return result;
    }

    private Result run(int[] payer, int[] recipient, double[] weightUsd, int[] order) {
        for (int i = 0; i < order.length; i++) {
            int edge = order[i];
            if (i > 0 && !sameWeight(weightUsd[edge], weightUsd[order[i - 1]])) {
                foundBeforeThisWeight = found;
            }
            closeCycles(payer[edge], recipient[edge], weightUsd[edge]);
            if (found > maxCycles) {
                if (foundBeforeThisWeight >= maxCycles) {
                    break;  // the K best are held, and a lighter cycle proves there are more
                }
                // the cut falls inside this weight's cycles, which may be countless: take them in path order
                return cutInsideTie(payer, recipient, weightUsd, order, i);
            }
            add(payer[edge], recipient[edge]);
        }
        return new Result(sortedKept(), found > maxCycles);
    }

    private List<Found> sortedKept() {
        List<Found> best = new ArrayList<>(kept);
        best.sort(BEST_FIRST);
        return List.copyOf(best);
    }

    /**
     * The result when more than K cycles exist and the K-th is one of those weighing as much as
     * {@code order[at]}: every heavier cycle (fewer than K, all kept), then the first of this weight's
     * cycles in path order. Those of this weight are the cycles over edges at least as heavy (all
     * edges, for the undisclosed) with at least one edge of this very weight; the heavier cycles that
     * rule leaves out number fewer than K, so few are skipped.
     */
    private Result cutInsideTie(int[] payer, int[] recipient, double[] weightUsd, int[] order, int at) {
        double weight = weightUsd[order[at]];
        int end = at + 1;
        while (end < order.length && sameWeight(weightUsd[order[end]], weight)) {
            end++;
        }
        // order is heaviest first, so the edges at least as heavy are its beginning
        int[] allowed = Arrays.copyOf(order, end);
        boolean[] marked = new boolean[end];
        for (int j = 0; j < end; j++) {
            marked[j] = sameWeight(weightUsd[order[j]], weight);
        }
        List<Found> best = new ArrayList<>(maxCycles);
        for (Found heavier : sortedKept()) {
            if (!sameWeight(heavier.weightUsd, weight)) {
                best.add(heavier);
            }
        }
        for (int[] cycle : CyclesInPathOrder.first(companies, payer, recipient, allowed, marked,
                maxCycleLength, maxCycles - best.size())) {
            best.add(new Found(cycle, weight));
        }
        // more than K were counted before the cut, so there are more
        return new Result(List.copyOf(best), true);
    }

    private static boolean sameWeight(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : a == b;
    }

    /** Records every cycle u → v → … → u made of the new edge u → v and edges already added. */
    private void closeCycles(int u, int v, double weight) {
        markDistancesTo(u);
        int depth = 0;
        path[0] = v;
        onPath[v] = true;
        nextNeighbour[0] = 0;
        while (depth >= 0) {
            int at = path[depth];
            if (nextNeighbour[depth] == outCount[at]) {
                onPath[at] = false;
                depth--;
                continue;
            }
            int next = out[at][nextNeighbour[depth]++];
            if (next == u) {
                record(u, depth, weight);
                if (found > maxCycles) {
                    while (depth >= 0) {
                        onPath[path[depth--]] = false;
                    }
                    return;
                }
                continue;
            }
            int remaining = maxPathEdges - (depth + 1);  // edges left from next to u
            if (onPath[next] || remaining < 1 || !mayReach(next, remaining)) {
                continue;
            }
            depth++;
            path[depth] = next;
            onPath[next] = true;
            nextNeighbour[depth] = 0;
        }
    }

    /** Whether {@code company} may still reach the target in {@code edges} edges, as far as distances are known. */
    private boolean mayReach(int company, int edges) {
        if (edges > backwardDepth) {
            return true;  // beyond what the backward search measured: cannot rule it out
        }
        return distanceStamp[company] == stamp && distanceToTarget[company] <= edges;
    }

    /** Breadth-first backwards from {@code target}, up to {@link #backwardDepth} edges. */
    private void markDistancesTo(int target) {
        stamp++;
        int head = 0;
        int tail = 0;
        queue[tail++] = target;
        distanceStamp[target] = stamp;
        distanceToTarget[target] = 0;
        while (head < tail) {
            int at = queue[head++];
            int distance = distanceToTarget[at];
            if (distance == backwardDepth) {
                continue;
            }
            for (int i = 0; i < inCount[at]; i++) {
                int before = in[at][i];
                if (distanceStamp[before] != stamp) {
                    distanceStamp[before] = stamp;
                    distanceToTarget[before] = distance + 1;
                    queue[tail++] = before;
                }
            }
        }
    }

    /** Keeps the cycle u, path[0..depth], u, turned to start at its first company. */
    private void record(int u, int depth, double weight) {
        int length = depth + 2;
        int first = 0;
        int smallest = u;
        for (int i = 0; i <= depth; i++) {
            if (path[i] < smallest) {
                smallest = path[i];
                first = i + 1;
            }
        }
        int[] cycle = new int[length + 1];
        for (int i = 0; i < length; i++) {
            int position = (first + i) % length;
            cycle[i] = position == 0 ? u : path[position - 1];
        }
        cycle[length] = cycle[0];
        found++;
        Found candidate = new Found(cycle, weight);
        if (kept.size() < maxCycles) {
            kept.add(candidate);
        } else if (maxCycles > 0 && BEST_FIRST.compare(candidate, kept.peek()) < 0) {
            kept.poll();
            kept.add(candidate);
        }
    }

    private void add(int from, int to) {
        out[from] = append(out[from], outCount[from]++, to);
        in[to] = append(in[to], inCount[to]++, from);
    }

    private static int[] append(int[] array, int size, int value) {
        if (array == null) {
            array = new int[4];
        } else if (size == array.length) {
            array = Arrays.copyOf(array, size * 2);
        }
        array[size] = value;
        return array;
    }
}
