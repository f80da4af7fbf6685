package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.figures;
import static org.roundtrip.acceptance.SummaryAssert.rejected;
import static org.roundtrip.acceptance.SummaryAssert.warning;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Revenue periods, metrics, currencies and the ratios built on them. */
class RevenueTest {

    private static final double BN = 1e9;

    @TempDir
    Path dir;

    @Test
    void newestRevenuePeriodAnnualisedAndComparedWithCommitments() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Term")
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, 5)
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, null)
                .row(LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", 40, null)
                .row(LocalDate.of(2025, 3, 31), "SoftBank", "OpenAI", 30, null)
                .row(LocalDate.of(2025, 1, 21), "Microsoft", "CoreWeave", 10, 2)
                .row(LocalDate.of(2025, 2, 1), "Loser", "AMD", 5, null)
                .sheet("Revenues")
                .row("Company", "Period", "Metric", "Currency", "Amount (bn)")
                .row("OpenAI", "FY2024", "revenue", "USD", 3.7)
                .row("OpenAI", "H1 2025", "revenue", "USD", 4.3)           // newest: x2
                .row("Oracle", "FY2024", "revenue", "USD", 57)             // newest revenue
                .row("Oracle", "Q3 2025", "EBITDA", "USD", 20)             // newer, but not revenue
                .row("AMD", "Q3 2025", "sales", "USD", 9.2)
                .row("AMD", "Q3 2025", "sales", "USD", 9.3)                // same period: later wins, warning on E7
                .row("SoftBank", "FY2024", "revenue", "JPY", 7000)         // 7000 bn JPY at 0.0067 USD
                .row("Mistral", "FY2024", "revenue", "EUR", 0.1)           // no EUR rate: rejected on D9
                .row("Loser", "2024", "revenue", "USD", 0)                 // revenue 0: ratios null
                .row("xAI", "Jan–Jun 2025", null, "USD", 0.5)              // empty metric = revenue
                .sheet("Chiffre d'affaires")
                .row("Société", "Période", "Indicateur", "Montant (Md$)")
                .row("Nvidia", "T3 2025", "chiffre d'affaires", 57)        // trimestre: x4
                .row("CoreWeave", "S1 2025", "CA", "2,1")                  // semestre: x2
                .sheet("Revenues (dates)")
                .row("Company", "Start", "End", "Period", "Amount (USD bn)")
                // explicit dates win over the label: a quarter (91 days = 3 months), not calendar 2025
                .row("Microsoft", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), "FY2025", 76.4)
                .row("Microsoft", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), null, 70.1)
                // same end date as the quarter above: the later row wins the tie; 6 months
                .row("Microsoft", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), "H1 2025", 150)
                .sheet("Rates")
                .row("Currency", "USD per unit")
                .row("JPY", 0.0067)
                .write(dir.resolve("revenues.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 6, 6);
        assertCompanyNames(json, "AMD", "CoreWeave", "Loser", "Microsoft", "Nvidia", "OpenAI", "Oracle", "SoftBank",
                "xAI");
        double openAiRevenue = 4.3 * BN * 2;
        assertFigures(json, "OpenAI", figures(300 * BN, 130 * BN, 60 * BN, openAiRevenue,
                300 * BN / openAiRevenue, 60 * BN / openAiRevenue));
        assertFigures(json, "Oracle", figures(40 * BN, 300 * BN, 40 * BN, 57 * BN, 40.0 / 57, 40.0 / 57));
        double nvidiaRevenue = 57 * BN * 4;
        assertFigures(json, "Nvidia", figures(100 * BN, 40 * BN, 100 * BN, nvidiaRevenue,
                100 * BN / nvidiaRevenue, 100 * BN / nvidiaRevenue));
        double softBankRevenue = 7000 * BN * 0.0067;
        assertFigures(json, "SoftBank", figures(30 * BN, 0.0, 30 * BN, softBankRevenue,
                30 * BN / softBankRevenue, 30 * BN / softBankRevenue));
        double microsoftRevenue = 150 * BN * 2;
        assertFigures(json, "Microsoft", figures(10 * BN, 0.0, 5 * BN, microsoftRevenue,
                10 * BN / microsoftRevenue, 5 * BN / microsoftRevenue));
        assertFigures(json, "CoreWeave", figures(0.0, 10 * BN, 0.0, 2.1 * BN * 2, 0.0, 0.0));
        assertFigures(json, "AMD", figures(0.0, 5 * BN, 0.0, 9.3 * BN * 4, 0.0, 0.0));
        assertFigures(json, "Loser", figures(5 * BN, 0.0, 5 * BN, 0.0, null, null));
        assertFigures(json, "xAI", figures(0.0, 0.0, 0.0, 0.5 * BN * 2, 0.0, 0.0));
        assertWarnings(json, warning("revenues.xlsx", "Revenues", "E7").mentioning("E6"));
        assertRejected(json, rejected("revenues.xlsx", "Revenues", "D9", "EUR").mentioning("EUR"));
    }

    @Test
    void companyWithOnlyNonRevenueMetricsHasNoRatio() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300)
                .sheet("Financials")
                .row("Company", "Fiscal year", "Measure", "Value (USD bn)")
                .row("OpenAI", "FY2025", "EBITDA", 8)
                .row("Oracle", "FY2025", "net sales", 60)
                // reading: a period label that is none of the spec's forms is rejected on its period cell
                .row("Oracle", "last twelve months", "sales", 70)
                .write(dir.resolve("ebitda.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 1, 1);
        assertFigures(json, "OpenAI", figures(300 * BN, 0.0, 300 * BN, null, null, null));
        assertFigures(json, "Oracle", figures(0.0, 300 * BN, 0.0, 60 * BN, 0.0, 0.0));
        assertWarnings(json);
        assertRejected(json, rejected("ebitda.xlsx", "Financials", "B4", "last twelve months"));
    }

    @Test
    void explicitPeriodLengthIsDaysOver30Point44Rounded() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Revenues")
                .row("Company", "Period start", "Period end", "Amount (USD bn)")
                .row("Fortnight", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 15), 1)      // 15 days
                .row("Too Short", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 14), 1)      // 14 days: rejected
                .row("Six Weeks", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 15), 1)      // 46 days = 2 months
                .row("Twenty Days", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 20), 1)    // 20 days = 1 month
                .write(dir.resolve("lengths.xlsx"));

        JsonNode json = Summary.json(file);

        assertCompanyNames(json, "Fortnight", "Six Weeks", "Twenty Days");
        // reading: 15 days rounds to 0 months; it is not rejected, so it counts as at least one month
        assertFigures(json, "Fortnight", figures(0.0, 0.0, 0.0, 12 * BN, 0.0, 0.0));
        assertFigures(json, "Six Weeks", figures(0.0, 0.0, 0.0, 6 * BN, 0.0, 0.0));
        assertFigures(json, "Twenty Days", figures(0.0, 0.0, 0.0, 12 * BN, 0.0, 0.0));
        assertWarnings(json);
        // reading: with explicit start and end the "period cell" is one of them; only the row is checked
        assertRejected(json, SummaryAssert.rejectedInRow("lengths.xlsx", "Revenues", 3));
    }
}
