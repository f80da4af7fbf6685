package org.roundtrip.analysis;

/**
 * How much one company depends on another paying it.
 *
 * @param company      the company that would lose the money
 * @param counterparty the company that owes it
 * @param owedUsd      the sum of known amounts of counted deals from counterparty to company, in US dollars
 * @param revenueShare {@code owedUsd} divided by the company's annual revenue, or null when it has no
 *                     revenue or its revenue is ≤ 0
 */
public record Exposure(String company, String counterparty, double owedUsd, Double revenueShare) {
}
