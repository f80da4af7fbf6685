package org.roundtrip.analysis;

/**
 * The command-line options that change the figures.
 *
 * @param includeTalks   whether deals in talks are counted as well as signed and announced ones
 * @param maxCycleLength the most companies a reported cycle may have, at least 2
 * @param maxCycles      the most cycles reported, at least 0; more found sets {@link CycleSearchResult#truncated()}
 * @param benchmark      a ticker that replaces every company's own benchmark, or null to use the
 *                       companies sheet's; blank text counts as null
 */
public record AnalysisOptions(boolean includeTalks, int maxCycleLength, int maxCycles, String benchmark) {

    /** Cycles of up to six companies, as DESIGN.md says. */
    public static final int DEFAULT_MAX_CYCLE_LENGTH = 6;

    /** At most a thousand cycles reported. */
    public static final int DEFAULT_MAX_CYCLES = 1000;

    /** @throws IllegalArgumentException when {@code maxCycleLength < 2} or {@code maxCycles < 0} */
    public AnalysisOptions {
        if (maxCycleLength < 2) {
            throw new IllegalArgumentException("a cycle has at least 2 companies, not " + maxCycleLength);
        }
        if (maxCycles < 0) {
            throw new IllegalArgumentException("the number of cycles cannot be negative: " + maxCycles);
        }
        benchmark = benchmark == null || benchmark.isBlank() ? null : benchmark.strip();
    }

    /** Talks left out, cycles of up to 6 companies, 1,000 cycles, each company's own benchmark. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(false, DEFAULT_MAX_CYCLE_LENGTH, DEFAULT_MAX_CYCLES, null);
    }
}
