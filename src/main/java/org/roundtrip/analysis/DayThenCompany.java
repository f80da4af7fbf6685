package org.roundtrip.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.roundtrip.model.Names;

/**
 * The order of the event study's results and of the stock reactions: by day, then company
 * ({@link Names#ORDER}), otherwise as given. On 100,000 deals there are some 200,000 results; a
 * comparator sort of them (dates compared field by field, names compared case-blind) took a fifth of
 * a filter change, so the days and the companies' ranks are sorted as small integers instead, in two
 * stable counting passes (ADR 0011). The comparator remains for days too far apart to count.
 */
final class DayThenCompany {

    private DayThenCompany() {
    }

    /**
     * {@code items} in a stable sort by {@code day}, then {@code company} under {@link Names#ORDER}:
     * the order {@code comparator} (which must be that order) gives, as a new list.
     */
    static <T> List<T> sort(List<T> items, Function<T, LocalDate> day, Function<T, String> company,
                            Comparator<? super T> comparator) {
        int n = items.size();
        long[] days = new long[n];
        int[] firstSeen = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            T item = items.get(i);
            long d = day.apply(item).toEpochDay();
            days[i] = d;
            firstDay = Math.min(firstDay, d);
            lastDay = Math.max(lastDay, d);
            String name = company.apply(item);
            Integer id = seen.get(name);
            if (id == null) {
                id = names.size();
                seen.put(name, id);
                names.add(name);
            }
            firstSeen[i] = id;
        }
        // a count per day between the first and the last: fine for years of dates, not for centuries of few items
        if (n == 0 || lastDay - firstDay >= Math.max(1 << 16, 8L * n)) {
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(comparator);
            return sorted;
        }
        // each company's rank in name order (names equal under the order share the first one's rank)
        Integer[] byName = new Integer[names.size()];
        Arrays.setAll(byName, i -> i);
        Arrays.sort(byName, (a, b) -> Names.ORDER.compare(names.get(a), names.get(b)));
        int[] rank = new int[names.size()];
        for (int i = 0; i < byName.length; i++) {
            boolean tie = i > 0 && Names.ORDER.compare(names.get(byName[i - 1]), names.get(byName[i])) == 0;
            rank[byName[i]] = tie ? rank[byName[i - 1]] : i;
        }
        int[] byRank = new int[n];
        int[] counts = new int[names.size() + 1];
        for (int i = 0; i < n; i++) {
            counts[rank[firstSeen[i]] + 1]++;
        }
        for (int r = 1; r < counts.length; r++) {
            counts[r] += counts[r - 1];
        }
        for (int i = 0; i < n; i++) {
            byRank[counts[rank[firstSeen[i]]]++] = i;
        }
        // then by day: a stable pass keeps the rank order, and the given order within a rank, on each day
        counts = new int[(int) (lastDay - firstDay) + 2];
        for (int i = 0; i < n; i++) {
            counts[(int) (days[i] - firstDay) + 1]++;
        }
        for (int d = 1; d < counts.length; d++) {
            counts[d] += counts[d - 1];
        }
        int[] order = new int[n];
        for (int i : byRank) {
            order[counts[(int) (days[i] - firstDay)]++] = i;
        }
        List<T> sorted = new ArrayList<>(n);
        for (int i : order) {
            sorted.add(items.get(i));
        }
        return sorted;
    }
}
