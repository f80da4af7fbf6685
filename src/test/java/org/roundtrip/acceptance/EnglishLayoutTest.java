package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertReactions;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertTruncated;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.cycle;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;
import static org.roundtrip.acceptance.SummaryAssert.warning;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** An English deals sheet laid out the way people really keep them. */
class EnglishLayoutTest {

    @TempDir
    Path dir;

    @Test
    void titleBlankRowsTotalsAndNoteAroundATableStartingInColumnBAreSkipped() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Read me")
                .row("This workbook lists the AI infrastructure deals of 2025.")
                .row("Amounts are in USD bn.")
                .sheet("Deals")
                .row("Deal tracker - AI infrastructure, 2025")
                .blank()
                .rowFrom("B", "Date", "Payer", "Recipient", "Amount (USD bn)", "Type", "Status", "Term (years)")
                .rowFrom("B", LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "equity investment", "signed", null)
                .blank()
                .rowFrom("B", LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, "cloud contract", "signed", 5)
                .rowFrom("B", "Sous-total", null, null, 400)
                .blank()
                .rowFrom("B", LocalDate.of(2025, 10, 6), "OpenAI", "AMD", 90, "chip purchase", "announced", 4)
                .blank()
                .rowFrom("B", LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", 40, "chip purchase", "announced", null)
                .rowFrom("B", "Total commitments", null, null, 530)
                .rowFrom("B", "Grand total", null, null, 530)
                .blank()
                .rowFrom("B", "Source: company press releases; amounts in USD bn.")
                .write(dir.resolve("deals.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 4, 4);
        assertCompanyNames(json, "AMD", "Nvidia", "OpenAI", "Oracle");
        // outgoing, incoming, annual outgoing (amount / max(term, 1), no term = 1 year)
        assertFigures(json, "AMD", flows(0, 90e9, 0));
        assertFigures(json, "Nvidia", flows(100e9, 40e9, 100e9));
        assertFigures(json, "OpenAI", flows(300e9 + 90e9, 100e9, 300e9 / 5 + 90e9 / 4));
        assertFigures(json, "Oracle", flows(40e9, 300e9, 40e9));
        assertCycles(json, cycle(40e9, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertTruncated(json, false);
        assertReactions(json);
        assertNoIssues(json);
    }

    @Test
    void headerFoundBelowManyTitleRowsWithExtraUnmatchedColumns() throws Exception {
        // The header is the 12th row, within the top 20; "ID" and "Analyst" match no field and are ignored.
        MessyBook book = MessyBook.xlsx().sheet("Pipeline");
        for (int i = 1; i <= 11; i++) {
            book.rowFrom("C", "Board pack, page " + i);
        }
        Path file = book
                .rowFrom("C", "ID", "Announced", "Investor", "Investee", "Commitment (USD bn)", "Analyst")
                .rowFrom("C", 1, LocalDate.of(2025, 3, 31), "SoftBank", "OpenAI", 30, "J. Doe")
                .rowFrom("C", 2, LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "J. Doe")
                .write(dir.resolve("pipeline.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertCompanyNames(json, "Nvidia", "OpenAI", "SoftBank");
        assertFigures(json, "OpenAI", flows(0, 130e9, 0));
        assertFigures(json, "SoftBank", flows(30e9, 0, 30e9));
        assertCycles(json);
        assertNoIssues(json);
    }

    @Test
    void cellsAreNamedWhereTheyAreWhenTheTableStartsInColumnCUnderNormalisedHeaders() throws Exception {
        // C=date, D=payer, E=recipient, F=amount, G=type, H=term, I=status
        Path file = MessyBook.xlsx()
                .sheet("Commitments")
                .row("FY2025 commitments")
                .row("Prepared by Treasury")
                .blank()
                .blank()
                .rowFrom("C", "Announcement_Date", "PAYER", "Counterparty", "Size (USD bn)", "Deal-Type", "Term.Years",
                        "Stage")
                .rowFrom("C", LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "equity investment", null, "signed")
                .rowFrom("C", LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, "cloud contract", 5, "signed")
                .rowFrom("C", LocalDate.of(2025, 10, 6), "OpenAI", "AMD", "lots", "chip purchase", 4, "announced")
                .rowFrom("C", LocalDate.of(2025, 10, 7), "OpenAI", "Broadcom", 10, "custom chips", null, "announced")
                // reading: "starts with Total" ignores case, as a finance user writes TOTAL too
                .rowFrom("C", "TOTAL", null, null, 410)
                .blank()
                .rowFrom("C", "Note: the Oracle contract runs over five years.")
                .rowFrom("D", "Second note line.")
                .write(dir.resolve("commitments.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 3, 3);
        assertCompanyNames(json, "Broadcom", "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "OpenAI", flows(310e9, 100e9, 300e9 / 5 + 10e9));
        assertFigures(json, "Broadcom", flows(0, 10e9, 0));
        assertWarnings(json, warning("commitments.xlsx", "Commitments", "G9"));          // unknown type: other
        assertRejected(json, rejected("commitments.xlsx", "Commitments", "F8", "lots"));
    }
}
