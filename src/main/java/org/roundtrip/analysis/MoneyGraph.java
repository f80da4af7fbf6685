package org.roundtrip.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.roundtrip.model.Deal;
import org.roundtrip.model.Names;

/**
 * Who pays whom: one edge payer → recipient per pair of companies linked by deals, weighted by the
 * sum of the known amounts. Companies are numbered in {@link Names#ORDER}, so that comparing numbers
 * compares names; edges are numbered by payer then recipient, so that a company's outgoing edges are
 * consecutive.
 * Held in flat arrays because the graph may have a hundred thousand edges and is built on every
 * analysis.
 */
final class MoneyGraph {

    /** Company names; a company's number is its index here. */
    final String[] names;
    final int[] payer;
    final int[] recipient;
    /** Sum of known amounts in USD; {@link Double#NaN} when every deal of the edge is undisclosed. */
    final double[] weightUsd;
    /** Company c pays along edges outStart[c] … outStart[c + 1] − 1. */
    final int[] outStart;
    /** Company c is paid along edges inEdges[inStart[c]] … inEdges[inStart[c + 1] − 1]. */
    final int[] inStart;
    final int[] inEdges;

    private MoneyGraph(String[] names, int[] payer, int[] recipient, double[] weightUsd, int[] outStart) {
        this.names = names;
        this.payer = payer;
        this.recipient = recipient;
        this.weightUsd = weightUsd;
        this.outStart = outStart;
        this.inStart = new int[names.length + 1];
        this.inEdges = new int[payer.length];
        for (int to : recipient) {
            inStart[to + 1]++;
        }
        for (int c = 0; c < names.length; c++) {
            inStart[c + 1] += inStart[c];
        }
        int[] filled = Arrays.copyOf(inStart, names.length);
        for (int edge = 0; edge < payer.length; edge++) {
            inEdges[filled[recipient[edge]]++] = edge;
        }
    }

    /** The graph of the given deals, which must not be self-deals. */
    static MoneyGraph of(List<Deal> deals) {
        Map<String, Integer> number = new HashMap<>();
        for (Deal deal : deals) {
            number.put(deal.payer(), 0);
            number.put(deal.recipient(), 0);
        }
        String[] names = number.keySet().toArray(String[]::new);
        Arrays.sort(names, Names.ORDER);
        for (int i = 0; i < names.length; i++) {
            number.put(names[i], i);
        }
        int companies = names.length;
        int[] dealPayer = new int[deals.size()];
        int[] dealRecipient = new int[deals.size()];
        int[] dealsFrom = new int[companies + 1];
        for (int i = 0; i < deals.size(); i++) {
            dealPayer[i] = number.get(deals.get(i).payer());
            dealRecipient[i] = number.get(deals.get(i).recipient());
            dealsFrom[dealPayer[i] + 1]++;
        }
        for (int c = 0; c < companies; c++) {
            dealsFrom[c + 1] += dealsFrom[c];
        }
        // deals grouped by payer, reading order kept inside a group so that sums add up the same way each run
        int[] byPayer = new int[deals.size()];
        int[] filled = Arrays.copyOf(dealsFrom, companies);
        for (int i = 0; i < deals.size(); i++) {
            byPayer[filled[dealPayer[i]]++] = i;
        }

        int[] payer = new int[deals.size()];
        int[] recipient = new int[deals.size()];
        double[] weight = new double[deals.size()];
        int[] outStart = new int[companies + 1];
        int[] edgeTo = new int[companies];
        int[] edgeToStamp = new int[companies];  // payer + 1 when edgeTo[r] is that payer's edge to r
        int edges = 0;
        for (int from = 0; from < companies; from++) {
            outStart[from] = edges;
            for (int k = dealsFrom[from]; k < dealsFrom[from + 1]; k++) {
                Deal deal = deals.get(byPayer[k]);
                int to = dealRecipient[byPayer[k]];
                if (edgeToStamp[to] != from + 1) {
                    edgeToStamp[to] = from + 1;
                    edgeTo[to] = edges;
                    payer[edges] = from;
                    recipient[edges] = to;
                    weight[edges] = Double.NaN;
                    edges++;
                }
                int edge = edgeTo[to];
                if (deal.isDisclosed()) {
                    // an edge with some known amounts weighs what is known
                    weight[edge] = Double.isNaN(weight[edge]) ? deal.amountUsd() : weight[edge] + deal.amountUsd();
                }
            }
        }
        outStart[companies] = edges;
        for (int from = 0; from < companies; from++) {
            sortByRecipient(recipient, weight, outStart[from], from + 1 < companies ? outStart[from + 1] : edges);
        }
        return new MoneyGraph(names, Arrays.copyOf(payer, edges), Arrays.copyOf(recipient, edges),
                Arrays.copyOf(weight, edges), outStart);
    }

    /** Puts one payer's edges start … end − 1 in recipient order: then edges are in (payer, recipient) order. */
    private static void sortByRecipient(int[] recipient, double[] weight, int start, int end) {
        if (end - start < 2) {
            return;
        }
        boolean sorted = true;
        for (int k = start + 1; k < end && sorted; k++) {
            sorted = recipient[k - 1] < recipient[k];
        }
        if (sorted) {
            return;
        }
        long[] keyed = new long[end - start];
        for (int k = start; k < end; k++) {
            keyed[k - start] = ((long) recipient[k] << 32) | (k - start);
        }
        Arrays.sort(keyed);
        double[] weights = Arrays.copyOfRange(weight, start, end);
        for (int i = 0; i < keyed.length; i++) {
            recipient[start + i] = (int) (keyed[i] >>> 32);
            weight[start + i] = weights[(int) keyed[i]];
        }
    }

    int edgeCount() {
        return payer.length;
    }

    /**
     * The edges that lie on some cycle: those inside one strongly connected component. Dropping the
     * others first keeps the search away from the one-way chains of deals real data are mostly made of.
     */
    int[] edgesOnCycles() {
        // Kosaraju rather than Gabow: JGraphT's Kosaraju walks with its own stack, Gabow recurses
        List<Set<Integer>> components =
                new KosarajuStrongConnectivityInspector<>(new MoneyGraphView(this)).stronglyConnectedSets();
        int[] component = new int[names.length];
        for (int c = 0; c < components.size(); c++) {
            for (int company : components.get(c)) {
                component[company] = c;
            }
        }
        int[] kept = new int[edgeCount()];
        int count = 0;
        for (int edge = 0; edge < edgeCount(); edge++) {
            if (component[payer[edge]] == component[recipient[edge]]) {
                kept[count++] = edge;
            }
        }
        return Arrays.copyOf(kept, count);
    }
}
