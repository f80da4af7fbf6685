package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.cycle;
import static org.roundtrip.acceptance.SummaryAssert.flows;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A French workbook with an English sheet beside it: French headers, amounts, statuses and dd/mm/yyyy
 * text dates; "1 billion" and "6,300" mean different things in each language.
 */
class FrenchWorkbookTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeWorkbook() throws Exception {
        file = MessyBook.xlsx()
                .sheet("Accords")
                .row("Date d'annonce", "Investisseur", "Bénéficiaire", "Montant (Md$)", "Nature", "Statut", "Durée (ans)")
                // 10/09 is ambiguous on its own; 22/09 below settles the column as dd/mm: no warning.
                .row("10/09/2025", "OpenAI", "Oracle", "300 milliards de dollars", "contrat cloud", "signé", 5)
                .row("22/09/2025", "Nvidia", "OpenAI", "jusqu'à 100", "investissement", "signé", null)
                .row("06/10/2025", "OpenAI", "AMD", "plus de 10, jusqu'à 20", "achat de puces", "annoncé", 4)
                .row("13/10/2025", "Oracle", "Nvidia", "6,3", "achat de puces", "annoncé", null)
                .row("15/10/2025", "OpenAI", "Broadcom", "6,300", "autre", "en discussion", null)
                .row("20/10/2025", "Microsoft", "OpenAI", "1 billion", "investissement", "signée", null)
                .row("25/09/2025", "OpenAI", "CoreWeave", "jusqu'à 30", "contrat cloud", null, "36 mois")
                .sheet("Deals EN")
                .row("Date", "Payer", "Recipient", "Amount (USD m)", "Status")
                .row("2025-11-03", "Amazon", "Anthropic", "1 billion", "signed")
                .row("2025-11-04", "SoftBank", "Ampere", "6,300", "signed")
                .write(dir.resolve("accords.xlsx"));
    }

    @Test
    void frenchAmountsStatusesAndDatesWithoutTalks() {
        JsonNode json = Summary.json(file);

        // 9 imported; the "en discussion" deal is not counted without --include-talks.
        assertCounts(json, 9, 8);
        assertCompanyNames(json, "Amazon", "AMD", "Ampere", "Anthropic", "Broadcom", "CoreWeave", "Microsoft",
                "Nvidia", "OpenAI", "Oracle", "SoftBank");
        // English sheet: "1 billion" = 1e9; "6,300" = 6300 (thousands comma) x the header's m.
        assertFigures(json, "Amazon", flows(1e9, 0, 1e9));
        assertFigures(json, "Anthropic", flows(0, 1e9, 0));
        assertFigures(json, "SoftBank", flows(6.3e9, 0, 6.3e9));
        assertFigures(json, "Ampere", flows(0, 6.3e9, 0));
        // French sheet: "plus de 10, jusqu'à 20" = midpoint 15 Md$; "6,3" = 6.3 Md$; "1 billion" = 1e12.
        assertFigures(json, "AMD", flows(0, 15e9, 0));
        assertFigures(json, "Broadcom", flows(0, 0, 0));
        assertFigures(json, "CoreWeave", flows(0, 30e9, 0));
        assertFigures(json, "Microsoft", flows(1e12, 0, 1e12));
        assertFigures(json, "Nvidia", flows(100e9, 6.3e9, 100e9));
        // "300 milliards de dollars" over 5 years; 15 Md$ over 4 years; "jusqu'à 30" over "36 mois" = 3 years.
        assertFigures(json, "OpenAI", flows(300e9 + 15e9 + 30e9, 100e9 + 1e12, 300e9 / 5 + 15e9 / 4 + 30e9 / 3));
        assertFigures(json, "Oracle", flows(6.3e9, 300e9, 6.3e9));
        assertCycles(json, cycle(6.3e9, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertNoIssues(json);
    }

    @Test
    void enDiscussionIsCountedWithIncludeTalks() {
        JsonNode json = Summary.json(file, "--include-talks");

        assertCounts(json, 9, 9);
        // "6,300" in a French sheet is 6.3 (decimal comma) Md$.
        assertFigures(json, "Broadcom", flows(0, 6.3e9, 0));
        assertFigures(json, "OpenAI", flows(300e9 + 15e9 + 30e9 + 6.3e9, 100e9 + 1e12,
                300e9 / 5 + 15e9 / 4 + 30e9 / 3 + 6.3e9));
        assertCycles(json, cycle(6.3e9, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertNoIssues(json);
    }

    @Test
    void asManyFrenchAsEnglishHeaderWordsIsAnEnglishSheet() throws Exception {
        // French-only: investisseur, statut; English-only: recipient, amount. A tie is not "more French".
        Path tie = MessyBook.xlsx()
                .sheet("Mixed")
                .row("Date", "Investisseur", "Recipient", "Amount (USD m)", "Statut")
                .row("2025-11-03", "Amazon", "Anthropic", "1 billion", "signed")
                .row("2025-11-04", "SoftBank", "Ampere", "6,300", "signed")
                .write(dir.resolve("mixed.xlsx"));

        JsonNode json = Summary.json(tie);

        assertCounts(json, 2, 2);
        assertFigures(json, "Anthropic", flows(0, 1e9, 0));
        assertFigures(json, "Ampere", flows(0, 6.3e9, 0));
        assertNoIssues(json);
    }
}
