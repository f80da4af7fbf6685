package org.roundtrip.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first few simple cycles of a graph in path order, found in that order, so that a tie of
 * astronomically many equally heavy cycles costs only the cycles reported
 * (docs/decisions/0002-top-k-cycle-search.md).
 *
 * <p>The cycles looked for use only "allowed" edges and at least one "marked" edge: for one weight
 * w, allowed are the edges of weight ≥ w and marked those of weight exactly w, so that the cycles
 * are those circulating w; for the undisclosed, every edge is allowed and the undisclosed are marked.
 *
 * <p>A cycle starts at its smallest company s, and companies are numbers in name order. So the search
 * takes each s in turn and walks depth first from s through companies after s only, visiting
 * out-neighbours in increasing order: closing back to s comes before every longer path sharing the
 * prefix (s sorts before them all), as in path order. A breadth-first search backwards from s first
 * measures, for the companies within L / 2 edges of s, how many edges they need to get back to s,
 * with and without a marked edge on the way, so that the walk's last L / 2 steps never enter a
 * company from which no wanted cycle can be completed in time.
 */
final class CyclesInPathOrder {

    private final int companies;
    private final int maxCycleLength;
    private final int backwardDepth;  // how far distances to the start are measured; the rest is searched forward

    // allowed edges, by payer, recipients in increasing order
    private final int[] outStart;
    private final int[] outTo;
    private final boolean[] outMarked;
    // the same edges by recipient
    private final int[] inStart;
    private final int[] inFrom;
    private final boolean[] inMarked;

    /** Companies that may lie on a wanted cycle; the others are never visited. */
    private final boolean[] candidate;

    // backward distances to the current start: [2c] by any path, [2c + 1] by a path with a marked edge
    private final int[] distance;
    private final int[] distanceStamp;
    private int stamp;
    private final int[] queue;

    private CyclesInPathOrder(int companies, int[] payer, int[] recipient, int[] allowed, boolean[] marked,
                              int maxCycleLength) {
        this.companies = companies;
        this.maxCycleLength = Math.min(maxCycleLength, companies);
        // meet in the middle, as TopCycleSearch does: measuring every return path of up to L − 1 edges
        // from every start would cost more than walking the first few edges unpruned
        this.backwardDepth = Math.max(1, this.maxCycleLength / 2);
        int edges = allowed.length;
        // two stable counting passes (by recipient, then by payer) sort each payer's recipients
        int[] byRecipient = new int[edges];
        inStart = new int[companies + 1];
        for (int edge : allowed) {
            inStart[recipient[edge] + 1]++;
        }
        for (int c = 0; c < companies; c++) {
            inStart[c + 1] += inStart[c];
        }
        int[] filled = inStart.clone();
        for (int i = 0; i < edges; i++) {
            byRecipient[filled[recipient[allowed[i]]]++] = i;
        }
        outStart = new int[companies + 1];
        for (int edge : allowed) {
            outStart[payer[edge] + 1]++;
        }
        for (int c = 0; c < companies; c++) {
            outStart[c + 1] += outStart[c];
        }
        filled = outStart.clone();
        outTo = new int[edges];
        outMarked = new boolean[edges];
        inFrom = new int[edges];
        inMarked = new boolean[edges];
        for (int k = 0; k < edges; k++) {
            int i = byRecipient[k];
            int edge = allowed[i];
            int at = filled[payer[edge]]++;
            outTo[at] = recipient[edge];
            outMarked[at] = marked[i];
            inFrom[k] = payer[edge];
            inMarked[k] = marked[i];
        }
        distance = new int[2 * companies];
        distanceStamp = new int[2 * companies];
        queue = new int[2 * companies];
        candidate = candidates(payer, recipient, allowed, marked);
    }

    /**
     * The first {@code wanted} cycles in path order (element by element, a prefix first) of at most
     * {@code maxCycleLength} companies that use only the allowed edges and at least one marked one.
     * Each is a path of company numbers, first == last == its smallest company.
     *
     * @param allowed the edges that may be used (indices into payer and recipient), at most one per
     *                ordered pair of companies, none from a company to itself
     * @param marked  for each allowed edge, by position in {@code allowed}, whether it is marked
     */
    static List<int[]> first(int companies, int[] payer, int[] recipient, int[] allowed, boolean[] marked,
                             int maxCycleLength, int wanted) {
        List<int[]> found = new ArrayList<>(wanted);
        if (wanted <= 0 || maxCycleLength < 2 || companies < 2) {
            return found;
        }
        new CyclesInPathOrder(companies, payer, recipient, allowed, marked, maxCycleLength).search(wanted, found);
        return found;
    }

    /**
     * Company c can lie on a wanted cycle only if it is reached from the head of some marked edge and
     * reaches the tail of some marked edge in, together, at most L − 1 edges (L the longest cycle): on a
     * cycle through the marked edge a → b, b → … → c → … → a has L − 1 edges at most. When few edges
     * are marked (a tie of one or two heavy deals in a large graph) this leaves only their
     * neighbourhood to search.
     */
    private boolean[] candidates(int[] payer, int[] recipient, int[] allowed, boolean[] marked) {
        int[] fromHeads = new int[companies];
        int[] toTails = new int[companies];
        Arrays.fill(fromHeads, Integer.MAX_VALUE);
        Arrays.fill(toTails, Integer.MAX_VALUE);
        int headsTail = 0;
        int tailsTail = 0;
        int[] headsQueue = new int[companies];
        int[] tailsQueue = new int[companies];
        for (int i = 0; i < allowed.length; i++) {
            if (marked[i]) {
                int tail = payer[allowed[i]];
                int head = recipient[allowed[i]];
                if (fromHeads[head] != 0) {
                    fromHeads[head] = 0;
                    headsQueue[headsTail++] = head;
                }
                if (toTails[tail] != 0) {
                    toTails[tail] = 0;
                    tailsQueue[tailsTail++] = tail;
                }
            }
        }
        int bound = maxCycleLength - 1;
        breadthFirst(headsQueue, headsTail, fromHeads, outStart, outTo, bound);
        breadthFirst(tailsQueue, tailsTail, toTails, inStart, inFrom, bound);
        boolean[] result = new boolean[companies];
        for (int c = 0; c < companies; c++) {
            result[c] = fromHeads[c] != Integer.MAX_VALUE && toTails[c] != Integer.MAX_VALUE
                    && fromHeads[c] + toTails[c] <= bound;
        }
        return result;
    }

    /** Multi-source breadth-first search along the given adjacency, up to {@code bound} edges. */
    private static void breadthFirst(int[] queue, int tail, int[] distances, int[] start, int[] next, int bound) {
        int head = 0;
        while (head < tail) {
            int at = queue[head++];
            int d = distances[at];
            if (d == bound) {
                continue;
            }
            for (int i = start[at]; i < start[at + 1]; i++) {
                int to = next[i];
                if (distances[to] == Integer.MAX_VALUE) {
                    distances[to] = d + 1;
                    queue[tail++] = to;
                }
            }
        }
    }

    private void search(int wanted, List<int[]> found) {
        int[] path = new int[maxCycleLength];
        int[] nextEdge = new int[maxCycleLength];
        boolean[] hasMarked = new boolean[maxCycleLength];  // whether path[0] → … → path[depth] uses a marked edge
        boolean[] onPath = new boolean[companies];
        for (int start = 0; start < companies; start++) {
            if (!candidate[start] || !measureDistancesTo(start)) {
                continue;
            }
            int depth = 0;
            path[0] = start;
            nextEdge[0] = firstEdgeAtLeast(start, start);
            hasMarked[0] = false;
            onPath[start] = true;
            while (depth >= 0) {
                int at = path[depth];
                if (nextEdge[depth] == outStart[at + 1]) {
                    onPath[at] = false;
                    depth--;
                    continue;
                }
                int edge = nextEdge[depth]++;
                int next = outTo[edge];
                boolean marked = hasMarked[depth] || outMarked[edge];
                if (next == start) {
                    // the start is the smallest company: closing comes first among the paths sharing this prefix
                    if (marked) {
                        int[] cycle = new int[depth + 2];
                        System.arraycopy(path, 0, cycle, 0, depth + 1);
                        cycle[depth + 1] = start;
                        found.add(cycle);
                        if (found.size() == wanted) {
                            return;
                        }
                    }
                    continue;
                }
                int remaining = maxCycleLength - (depth + 1);  // edges left from next back to start
                if (onPath[next] || remaining < 1 || !canReturn(next, marked, remaining)) {
                    continue;
                }
                depth++;
                path[depth] = next;
                nextEdge[depth] = firstEdgeAtLeast(next, start);
                hasMarked[depth] = marked;
                onPath[next] = true;
            }
        }
    }

    /**
     * Whether {@code company} may get back to the start in {@code edges} edges (via a marked one unless
     * already used), as far as distances are known.
     */
    private boolean canReturn(int company, boolean markedUsed, int edges) {
        int state = 2 * company + (markedUsed ? 0 : 1);
        if (distanceStamp[state] == stamp) {
            return distance[state] <= edges;
        }
        return edges > backwardDepth;  // beyond what was measured: cannot rule it out
    }

    /** The first of {@code company}'s edges to a company ≥ {@code least}: the ones before lead to smaller starts. */
    private int firstEdgeAtLeast(int company, int least) {
        int low = outStart[company];
        int high = outStart[company + 1];
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (outTo[middle] < least) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Breadth-first backwards from {@code start} through candidate companies after it, over states
     * (company, whether the rest of the way must still use a marked edge), up to {@link #backwardDepth} edges.
     * False when no company after the start pays it.
     */
    private boolean measureDistancesTo(int start) {
        stamp++;
        int head = 0;
        int tail = 0;
        int bound = backwardDepth;
        distanceStamp[2 * start] = stamp;
        distance[2 * start] = 0;
        queue[tail++] = 2 * start;
        while (head < tail) {
            int state = queue[head++];
            int at = state >> 1;
            boolean needsMarked = (state & 1) == 1;
            int d = distance[state];
            if (d == bound) {
                continue;
            }
            for (int i = inStart[at]; i < inStart[at + 1]; i++) {
                int before = inFrom[i];
                if (before <= start || !candidate[before]) {
                    continue;
                }
                if (needsMarked) {
                    // any edge keeps the need; (before, no need) was reached from (at, no need), sooner
                    tail = reach(2 * before + 1, d + 1, tail);
                } else {
                    tail = reach(2 * before, d + 1, tail);
                    if (inMarked[i]) {
                        tail = reach(2 * before + 1, d + 1, tail);
                    }
                }
            }
        }
        return tail > 1;
    }

    private int reach(int state, int d, int tail) {
        if (distanceStamp[state] != stamp) {
            distanceStamp[state] = stamp;
            distance[state] = d;
            queue[tail++] = state;
        }
        return tail;
    }
}
