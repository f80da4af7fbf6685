package org.roundtrip.analysis;

import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.Names;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed from one import to the next: the question finance staff ask every month ("what moved
 * since last month?"). Deals of every status are compared; the ratios follow the analysis options.
 *
 * @param added     deals of the later import with no match in the earlier one, in the later import's reading order
 * @param removed   deals of the earlier import with no match in the later one, in its reading order
 * @param changed   matched deals whose fields differ, in the later import's reading order
 * @param companies every company of either import, sorted by {@link Names#ORDER}, with both imports' ratios
 */
public record ImportChanges(List<Deal> added, List<Deal> removed, List<DealChange> changed,
                            List<RatioChange> companies) {

    public ImportChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        companies = List.copyOf(companies);
    }

    /** Nothing to report: no deal added, removed or changed, no company at all. */
    public static ImportChanges none() {
        return new ImportChanges(List.of(), List.of(), List.of(), List.of());
    }

    /** How a deal is recognised across imports: its canonical payer and recipient and its date (with precision). */
    private record DealKey(String payer, String recipient, DealDate date) {
        static DealKey of(Deal d) {
            return new DealKey(d.payer(), d.recipient(), d.date());
        }
    }

    /**
     * Compares two imports. Deals are matched by canonical payer, recipient and date; when several
     * deals of one import share those, they are paired in reading order and the rest are added or
     * removed (docs/decisions/0004-workspace-file.md).
     *
     * @param before  the earlier import, never null
     * @param after   the later import, never null
     * @param options which deals count towards the ratios
     */
    public static ImportChanges between(Dataset before, Dataset after, AnalysisOptions options) {
        Map<DealKey, Deque<Deal>> earlier = new HashMap<>();
        for (Deal d : before.deals()) {
            earlier.computeIfAbsent(DealKey.of(d), k -> new ArrayDeque<>()).addLast(d);
        }
        List<Deal> added = new ArrayList<>();
        List<DealChange> changed = new ArrayList<>();
        Map<Deal, Boolean> matched = new IdentityHashMap<>();
        for (Deal d : after.deals()) {
            Deque<Deal> candidates = earlier.get(DealKey.of(d));
            Deal old = candidates == null ? null : candidates.pollFirst();
            if (old == null) {
                added.add(d);
                continue;
            }
            matched.put(old, Boolean.TRUE);
            List<FieldChange> fields = fieldChanges(old, d);
            if (!fields.isEmpty()) {
                changed.add(new DealChange(old, d, fields));
            }
        }
        List<Deal> removed = before.deals().stream().filter(d -> !matched.containsKey(d)).toList();
        return new ImportChanges(added, removed, changed, ratios(before, after, options));
    }

    private static List<FieldChange> fieldChanges(Deal a, Deal b) {
        List<FieldChange> result = new ArrayList<>();
        for (String field : FieldChange.FIELDS) {
            Object va = value(field, a);
            Object vb = value(field, b);
            if (!Objects.equals(va, vb)) {
                result.add(new FieldChange(field, va, vb));
            }
        }
        return result;
    }

    private static Object value(String field, Deal d) {
        return switch (field) {
            case "amountUsd" -> d.isDisclosed() ? d.amountUsd() : null;
            case "amountText" -> d.amountText();
            case "currency" -> d.currency();
            case "type" -> d.type().label();
            case "termYears" -> Double.isNaN(d.termYears()) ? null : d.termYears();
            case "status" -> d.status().label();
            case "source" -> d.source();
            case "note" -> d.note();
            default -> throw new IllegalArgumentException("not a deal field: " + field);
        };
    }

    private static List<RatioChange> ratios(Dataset before, Dataset after, AnalysisOptions options) {
        Map<String, CompanyFigures> a = byName(CommitmentRatios.compute(before, options));
        Map<String, CompanyFigures> b = byName(CommitmentRatios.compute(after, options));
        TreeSet<String> names = new TreeSet<>(Names.ORDER);
        names.addAll(a.keySet());
        names.addAll(b.keySet());
        List<RatioChange> result = new ArrayList<>(names.size());
        for (String name : names) {
            CompanyFigures fa = a.get(name);
            CompanyFigures fb = b.get(name);
            result.add(new RatioChange(name, get(fa, CompanyFigures::ratio), get(fb, CompanyFigures::ratio),
                    get(fa, CompanyFigures::annualRatio), get(fb, CompanyFigures::annualRatio)));
        }
        return result;
    }

    private static Map<String, CompanyFigures> byName(List<CompanyFigures> figures) {
        Map<String, CompanyFigures> m = new HashMap<>();
        figures.forEach(f -> m.put(f.name(), f));
        return m;
    }

    private static Double get(CompanyFigures f, Function<CompanyFigures, Double> ratio) {
        return f == null ? null : ratio.apply(f);
    }
}
