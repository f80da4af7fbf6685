package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Deal currencies: the cell's, then the currency column's, then the header's; rates from a rates sheet. */
class CurrencyTest {

    private static final double BN = 1e9;
    private static final double EUR = 1.1;
    private static final double GBP = 1.3;

    @TempDir
    Path dir;

    @Test
    void cellCurrencyWinsOverTheColumnWhichWinsOverTheHeader() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Currency")
                .row(LocalDate.of(2025, 9, 1), "ASML", "Mistral", "€1.3bn", null)
                .row(LocalDate.of(2025, 9, 2), "Nscale", "Microsoft", 10, "GBP")
                .row(LocalDate.of(2025, 9, 3), "SoftBank", "OpenAI", "JPY 1000bn", null)   // no JPY rate: D4
                .row(LocalDate.of(2025, 9, 4), "Fund", "Target", 5, "CHF")                 // no CHF rate: E5
                .row(LocalDate.of(2025, 9, 5), "Capgemini", "WNS", "EUR 2bn", "USD")       // the cell's EUR wins
                .row(LocalDate.of(2025, 9, 6), "Nvidia", "OpenAI", "USD 3bn", "EUR")       // the cell's USD wins
                .sheet("Europe")
                .row("Date", "Payer", "Recipient", "Montant (EUR M)")
                .row(LocalDate.of(2025, 9, 7), "Bpifrance", "Mistral", 500)                // the header's EUR
                .sheet("Rates")
                .row("Currency", "Rate")
                .row("EUR", EUR)
                .row("GBP", GBP)
                .write(dir.resolve("currencies.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 5, 5);
        assertCompanyNames(json, "ASML", "Bpifrance", "Capgemini", "Microsoft", "Mistral", "Nscale", "Nvidia",
                "OpenAI", "WNS");
        assertFigures(json, "ASML", flows(1.3 * BN * EUR, 0, 1.3 * BN * EUR));
        assertFigures(json, "Mistral", flows(0, 1.3 * BN * EUR + 500e6 * EUR, 0));
        assertFigures(json, "Microsoft", flows(0, 10 * BN * GBP, 0));
        assertFigures(json, "WNS", flows(0, 2 * BN * EUR, 0));
        assertFigures(json, "OpenAI", flows(0, 3 * BN, 0));
        assertWarnings(json);
        assertRejected(json,
                rejected("currencies.xlsx", "Deals", "D4", "JPY 1000bn").mentioning("JPY"),
                rejected("currencies.xlsx", "Deals", "E5", "CHF").mentioning("CHF"));
    }

    @Test
    void amountWithoutAnyUnitIsInDollars() throws Exception {
        // reading: no unit in the cell, the header or a currency column means plain US dollars
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount")
                .row(LocalDate.of(2025, 9, 1), "Angel", "Startup", 2500000)
                .write(dir.resolve("plain.xlsx"));

        JsonNode json = Summary.json(file);

        assertFigures(json, "Startup", flows(0, 2.5e6, 0));
        assertNoIssues(json);
    }
}
