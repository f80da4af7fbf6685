package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.cycle;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;
import static org.roundtrip.acceptance.SummaryAssert.warningInRow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Company names: aliases, suffix folding, canonical spelling, and a companies sheet in another file. */
class CompanyNamesTest {

    private static final double BN = 1e9;

    @TempDir
    Path dir;

    @Test
    void aliasesSuffixesAccentsAndTheCompaniesSheetsSpelling() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia Corporation", "OpenAI Inc.", 100)
                .row(LocalDate.of(2025, 9, 23), "SoftBank Group Corp.", "openai", 30)
                .row(LocalDate.of(2025, 9, 24), "Google", "Anthropic", 2)
                .row(LocalDate.of(2025, 9, 25), "Google LLC", "anthropic", 3)
                .row(LocalDate.of(2025, 9, 26), "OPENAI", "NVIDIA Corp", 10)
                .row(LocalDate.of(2025, 9, 27), "Softbank", "Ampere Computing LLC", 6.5)
                .row(LocalDate.of(2025, 9, 28), "Microsoft", "OpenAI", 13)
                // "Bing" is an alias only on the rejected Microsoft row below: it stays a company of its own
                .row(LocalDate.of(2025, 9, 29), "Bing", "OpenAI", 1)
                .row(LocalDate.of(2025, 9, 30), "Élan Énergie SA", "OpenAI", 0.5)
                .row(LocalDate.of(2025, 10, 1), "ELAN-ENERGIE", "Anthropic", 0.25)
                // "Waymo" is an alias only on the ignored later Alphabet row: a company of its own
                .row(LocalDate.of(2025, 10, 2), "Waymo", "Uber", 0.1)
                .sheet("Companies")
                .row("Company", "Aliases", "Ticker")
                .row("Alphabet", "Google; Google LLC", "GOOGL")
                .row("NVIDIA", null, "NVDA")
                .row("OpenAI", "ChatGPT", null)
                .row("Microsoft", "Bing; Google", "MSFT")      // "Google" already Alphabet's: rejected on B5
                .row("Alphabet Inc.", "Waymo", "GOOG")          // Alphabet again: ignored with a warning
                .write(dir.resolve("names.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 11, 11);
        // String.CASE_INSENSITIVE_ORDER puts "É" after every ASCII letter.
        assertCompanyNames(json, "Alphabet", "Ampere Computing LLC", "Anthropic", "Bing", "Microsoft", "NVIDIA",
                "OpenAI", "SoftBank Group Corp.", "Uber", "Waymo", "Élan Énergie SA");
        assertFigures(json, "Waymo", flows(0.1 * BN, 0, 0.1 * BN));
        assertFigures(json, "Alphabet", flows(5 * BN, 0, 5 * BN));
        assertFigures(json, "Ampere Computing LLC", flows(0, 6.5 * BN, 0));
        assertFigures(json, "Anthropic", flows(0, 5.25 * BN, 0));
        assertFigures(json, "Bing", flows(1 * BN, 0, 1 * BN));
        assertFigures(json, "Microsoft", flows(13 * BN, 0, 13 * BN));
        assertFigures(json, "NVIDIA", flows(100 * BN, 10 * BN, 100 * BN));
        assertFigures(json, "OpenAI", flows(10 * BN, 144.5 * BN, 10 * BN));
        assertFigures(json, "SoftBank Group Corp.", flows(36.5 * BN, 0, 36.5 * BN));
        assertFigures(json, "Élan Énergie SA", flows(0.75 * BN, 0, 0.75 * BN));
        assertCycles(json, cycle(10 * BN, "NVIDIA", "OpenAI", "NVIDIA"));
        // reading: the spec names no cell for "a later companies row ... ignored with a warning"; any cell of row 6
        assertWarnings(json, warningInRow("names.xlsx", "Companies", 6));
        assertRejected(json, rejected("names.xlsx", "Companies", "B5", "Bing; Google"));
    }

    @Test
    void companiesSheetOfALaterFileNamesTheDealsOfAnEarlierOne() throws Exception {
        Path deals = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 24), "Google", "Anthropic", 2)
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .write(dir.resolve("deals.xlsx"));
        Path companies = MessyBook.xlsx()
                .sheet("Companies")
                .row("Company", "Also known as", "Ticker")
                .row("Alphabet", "Google", "GOOGL")
                .row("NVIDIA Corporation", null, "NVDA")
                .row("Meta Platforms", "Facebook", "META")            // no deal: still a company, all zeros
                .write(dir.resolve("companies.xlsx"));

        JsonNode json = Summary.json(List.of(deals, companies));

        assertCounts(json, 2, 2);
        assertCompanyNames(json, "Alphabet", "Anthropic", "Meta Platforms", "NVIDIA Corporation", "OpenAI");
        assertFigures(json, "Meta Platforms", flows(0, 0, 0));
        assertFigures(json, "Alphabet", flows(2 * BN, 0, 2 * BN));
        assertFigures(json, "NVIDIA Corporation", flows(100 * BN, 0, 100 * BN));
        assertNoIssues(json);
    }

    @Test
    void withoutCompaniesSheetTheFirstSpellingSeenTrimmedIsTheName() throws Exception {
        Path first = MessyBook.xlsx()
                .sheet("Q3")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "NVIDIA ", " openai ", 100)
                .sheet("Q4")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 10, 6), "OpenAI", "AMD Inc", 10)
                .write(dir.resolve("a.xlsx"));
        Path second = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 11, 1), "Amd", "Nvidia Corp.", 1)
                .write(dir.resolve("b.xlsx"));

        JsonNode json = Summary.json(List.of(first, second));

        assertCounts(json, 3, 3);
        assertCompanyNames(json, "AMD Inc", "NVIDIA", "openai");
        assertFigures(json, "AMD Inc", flows(1 * BN, 10 * BN, 1 * BN));
        assertFigures(json, "NVIDIA", flows(100 * BN, 1 * BN, 100 * BN));
        assertFigures(json, "openai", flows(10 * BN, 100 * BN, 10 * BN));
        assertCycles(json, cycle(1 * BN, "AMD Inc", "NVIDIA", "openai", "AMD Inc"));
        assertNoIssues(json);
    }

    @Test
    void aliasesNameRevenueRowsAndMakeSelfDeals() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 24), "Alphabet", "Anthropic", 2)
                .row(LocalDate.of(2025, 9, 25), "Google", "Alphabet Inc", 1)    // the same company: self-deal, C3
                .sheet("Revenues")
                .row("Company", "Period", "Amount (USD bn)")
                .row("Google", "FY2024", 350)
                .sheet("Companies")
                .row("Company", "Aliases")
                .row("Alphabet", "Google")
                .write(dir.resolve("alias.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertCompanyNames(json, "Alphabet", "Anthropic");
        assertFigures(json, "Alphabet",
                SummaryAssert.figures(2 * BN, 0.0, 2 * BN, 350 * BN, 2.0 / 350, 2.0 / 350));
        assertWarnings(json, SummaryAssert.warning("alias.xlsx", "Deals", "C3"));
        assertRejected(json);
    }
}
