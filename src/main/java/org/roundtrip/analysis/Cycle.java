package org.roundtrip.analysis;

import java.util.List;

/**
 * A circle of deals: money that leaves a company and comes back to it.
 *
 * @param path           the companies in the order the money flows, starting and ending at the
 *                       alphabetically first of them ({@code [Nvidia, OpenAI, Oracle, Nvidia]}); a
 *                       cycle of n companies has n + 1 elements
 * @param circulatingUsd the smallest edge weight of the circle in US dollars (what can go all the way
 *                       round), or null when one of its edges has only undisclosed amounts
 */
public record Cycle(List<String> path, Double circulatingUsd) {

    public Cycle {
        path = List.copyOf(path);
    }

    /** The number of companies in the circle. */
    public int length() {
        return path.size() - 1;
    }
}
