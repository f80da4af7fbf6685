package org.roundtrip.analysis;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.function.Supplier;
import org.roundtrip.model.Dataset;

/**
 * The last value computed from one dataset (the very object: datasets are immutable) under one key,
 * held while that dataset lives. The counted deals and the commitment ratios are asked for by the
 * summary, the coverage, the stress test, the cycles, the reactions, the event study, the charts and
 * the overview of the same filtered dataset: on 100,000 deals, nine passes that gave the same answer. Thread-safe; two threads
 * asking at once may both compute, and either answer is kept. The value is held until another
 * dataset's replaces it, which the next analysis does: the window analyses each import and filter
 * at once, and a command analyses one dataset.
 *
 * @param <K> what else the value depends on, compared by {@link Object#equals}
 * @param <V> the value; must be immutable, since every caller gets the same one
 */
final class LastComputed<K, V> {

    private WeakReference<Dataset> dataset = new WeakReference<>(null);
    private K key;
    private V value;

    /** The value for {@code from} and {@code under}, computed by {@code compute} unless it is the last one computed. */
    V get(Dataset from, K under, Supplier<V> compute) {
        synchronized (this) {
            if (dataset.get() == from && Objects.equals(key, under)) {
                return value;
            }
        }
        V computed = Objects.requireNonNull(compute.get(), "computed");
        synchronized (this) {
            dataset = new WeakReference<>(from);
            key = under;
            value = computed;
        }
        return computed;
    }
}
