package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;
import static org.roundtrip.acceptance.SummaryAssert.warning;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Which rows are imported, which cells are rejected or warned about, and terms. */
class RowRulesTest {

    private static final double BN = 1e9;

    @TempDir
    Path dir;

    @Test
    void requiredCellsStatusesTypesTermsAndADuplicateColumn() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                // "Value (USD bn)" is a second amount column: the leftmost wins, warning on H1
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Type", "Status", "Term", "Value (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "equity investment", "signed", null, "abc")
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, "loan", "signed", 5)          // type other, warning E3
                .row(LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", 40, "chip purchase", "pending")  // rejected F4
                .row(LocalDate.of(2025, 10, 14), null, "Nvidia", 10, "chip purchase", "signed")       // rejected B5
                .row("tomorrow", "AMD", "OpenAI", 10, null, "signed")                                 // rejected A6
                .row(LocalDate.of(2025, 10, 15), "AMD", null, "abc", null, "signed")                  // C7 and D7
                .row(LocalDate.of(2025, 10, 16), "OpenAI", "AMD", 18, "chip purchase", "announced", "18 months")
                .row(LocalDate.of(2025, 10, 17), "OpenAI", "CoreWeave", 6, "cloud contract", "announced", 0.5)
                .row(LocalDate.of(2025, 10, 18), "OpenAI", "Broadcom", 10, "chip purchase", "Signed")
                .write(dir.resolve("rows.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 5, 5);
        assertCompanyNames(json, "AMD", "Broadcom", "CoreWeave", "Nvidia", "OpenAI", "Oracle");
        // 300 over 5 years, 18 over 1.5 years, 6 over max(0.5, 1) = 1 year, 10 over 1 year
        assertFigures(json, "OpenAI", flows(334 * BN, 100 * BN, (60 + 12 + 6 + 10) * BN));
        assertFigures(json, "Nvidia", flows(100 * BN, 0, 100 * BN));
        assertFigures(json, "Oracle", flows(0, 300 * BN, 0));
        assertFigures(json, "AMD", flows(0, 18 * BN, 0));
        assertFigures(json, "CoreWeave", flows(0, 6 * BN, 0));
        assertFigures(json, "Broadcom", flows(0, 10 * BN, 0));
        assertCycles(json);
        assertWarnings(json,
                warning("rows.xlsx", "Deals", "H1"),
                warning("rows.xlsx", "Deals", "E3"));
        assertRejected(json,
                rejected("rows.xlsx", "Deals", "F4", "pending"),
                rejected("rows.xlsx", "Deals", "B5", ""),
                rejected("rows.xlsx", "Deals", "A6", "tomorrow"),
                rejected("rows.xlsx", "Deals", "C7", ""),
                rejected("rows.xlsx", "Deals", "D7", "abc"));
    }

    @Test
    void frenchStatusesAndTypes() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Accords")
                .row("Date", "Investisseur", "Bénéficiaire", "Montant (Md$)", "Type d'accord", "Statut")
                .row("2025-09-01", "Fonds", "Cible 1", 1, "prise de participation", "signée")
                .row("2025-09-01", "Fonds", "Cible 2", 2, "bon de souscription", "annoncée")
                .row("2025-09-01", "Fonds", "Cible 3", 3, "crédits cloud", "en négociation")      // talks
                .row("2025-09-01", "Fonds", "Cible 4", 4, "garantie de capacité", "en discussions") // talks
                .row("2025-09-01", "Fonds", "Cible 5", 5, "acquisition", "annoncé")
                .row("2025-09-01", "Fonds", "Cible 6", 6, "prêt", "signé")          // unknown type: other, E7
                .row("2025-09-01", "Fonds", "Cible 7", 7, "contrat cloud", "rompu") // unknown status: F8
                .write(dir.resolve("accords.xlsx"));

        JsonNode json = Summary.json(file);
        assertCounts(json, 6, 4);
        assertFigures(json, "Fonds", flows(14 * BN, 0, 14 * BN));
        assertWarnings(json, warning("accords.xlsx", "Accords", "E7"));
        assertRejected(json, rejected("accords.xlsx", "Accords", "F8", "rompu"));

        JsonNode talks = Summary.json(file, "--include-talks");
        assertCounts(talks, 6, 6);
        assertFigures(talks, "Fonds", flows(21 * BN, 0, 21 * BN));
    }

    @Test
    void issuesComeInWorkbookSheetOrderNotAlphabetical() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Zeta")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Type")
                .row(LocalDate.of(2025, 9, 1), "Fund", "Target", "abc", "equity investment")
                .row(LocalDate.of(2025, 9, 2), "Fund", "Target", 1, "loan")
                .sheet("Alpha")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Type")
                .row(LocalDate.of(2025, 9, 3), "Fund", "Target", 2, "gift")
                .row(LocalDate.of(2025, 9, 4), "Fund", "Target", "xyz", "acquisition")
                .write(dir.resolve("order.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertWarnings(json,
                warning("order.xlsx", "Zeta", "E3"),
                warning("order.xlsx", "Alpha", "E2"));
        assertRejected(json,
                rejected("order.xlsx", "Zeta", "D2", "abc"),
                rejected("order.xlsx", "Alpha", "D3", "xyz"));
    }

    @Test
    void sameDealWithAnotherStatusIsStillTheSameDeal() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status", "Note")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "talks", "first seen")
                .row(LocalDate.of(2025, 9, 22), "Nvidia Corp", "OpenAI", 100, "signed", "now signed")
                .write(dir.resolve("status.xlsx"));

        JsonNode json = Summary.json(file, "--include-talks");

        // the later copy is not imported: only the talks deal is, counted here with --include-talks
        assertCounts(json, 1, 1);
        assertFigures(json, "Nvidia", flows(100 * BN, 0, 100 * BN));
        assertWarnings(json, warning("status.xlsx", "Deals", "B3"));
        assertRejected(json);

        JsonNode withoutTalks = Summary.json(file);
        assertCounts(withoutTalks, 1, 0);
        assertFigures(withoutTalks, "Nvidia", flows(0, 0, 0));
    }

    @Test
    void sameMonthWrittenTwoWaysIsTheSameMonthPrecisionDeal() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row("2025-09", "OpenAI", "Oracle", 2)
                .row("Sept 2025", "OpenAI", "Oracle", "2 bn")                  // same month, same amount: B3
                .row(LocalDate.of(2025, 9, 1), "OpenAI", "Oracle", 2)          // day precision: another deal
                .write(dir.resolve("months.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertFigures(json, "OpenAI", flows(4 * BN, 0, 4 * BN));
        assertWarnings(json, warning("months.xlsx", "Deals", "B3"));
        assertRejected(json);
    }
}
