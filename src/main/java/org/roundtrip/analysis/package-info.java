/**
 * Pure functions of a {@link org.roundtrip.model.Dataset}: commitment ratios, circular deals, stock
 * reactions, the market-model event study, the stress test and revenue coverage (DESIGN.md, "Figures").
 *
 * <p>Amounts are US dollars as {@code double}s, returns are fractions (0.237 = +23.7 %). Nothing here
 * reads files, draws or prints; the same numbers feed the command line, the charts and the exports.
 */
package org.roundtrip.analysis;
