package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;
import static org.roundtrip.acceptance.SummaryAssert.rejectedAnyValue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Formula cells, merged header cells, hidden rows and columns. */
class FormulaAndLayoutTest {

    private static final double BN = 1e9;

    @TempDir
    Path dir;

    @Test
    void formulaCachedValuesErrorsAndMissingCachesWithMergedHeaderAndHiddenRowAndColumn() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status")
                .merge("A1:A2").merge("B1:B2").merge("C1:C2").merge("D1:D2").merge("E1:E2")
                .blank()                                                       // under the merged header
                .row(MessyBook.dateFormula("DATE(2025,9,22)"), "=\"Nvi\"&\"dia\"", "OpenAI", "=50*2", "signed")
                .row(LocalDate.of(2025, 9, 23), "OpenAI", "Oracle", "=1/0", "signed")
                .row(LocalDate.of(2025, 9, 24), "OpenAI", "AMD", "=#REF!", "signed")
                .row(LocalDate.of(2025, 9, 25), "OpenAI", "Broadcom", MessyBook.noCache("SUM(1,2)"), "signed")
                .row(LocalDate.of(2025, 9, 26), "Oracle", "Nvidia", 40, "signed").hideRow()
                .row(LocalDate.of(2025, 9, 27), "=\"\"", "Nvidia", 5, "signed")   // cached "": an empty payer
                .row(LocalDate.of(2025, 9, 28), "AMD", "OpenAI", "=\"\"", "talks") // cached "": undisclosed
                .hideColumn("E")
                .write(dir.resolve("formulas.xlsx"));

        JsonNode json = Summary.json(file);

        // rows 3, 7 (hidden) and 9 imported; the hidden Status column makes row 9 talks, not counted
        assertCounts(json, 3, 2);
        assertCompanyNames(json, "AMD", "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "Nvidia", flows(100 * BN, 40 * BN, 100 * BN));
        assertFigures(json, "OpenAI", flows(0, 100 * BN, 0));
        assertFigures(json, "Oracle", flows(40 * BN, 0, 40 * BN));
        assertFigures(json, "AMD", flows(0, 0, 0));
        assertCycles(json);
        assertWarnings(json);
        assertRejected(json,
                rejected("formulas.xlsx", "Deals", "D4", "#DIV/0!"),
                rejected("formulas.xlsx", "Deals", "D5", "#REF!"),
                // reading: the displayed value of a formula never calculated is left open by the spec
                rejectedAnyValue("formulas.xlsx", "Deals", "D6"),
                rejected("formulas.xlsx", "Deals", "B8", ""));
    }

    @Test
    void mergedGroupTitlesAboveTheHeaderRow() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("When", "Parties", null, "Money")
                .merge("B1:C1")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300)
                .write(dir.resolve("grouped.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertCompanyNames(json, "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "OpenAI", flows(300 * BN, 100 * BN, 300 * BN));
        assertNoIssues(json);
    }
}
