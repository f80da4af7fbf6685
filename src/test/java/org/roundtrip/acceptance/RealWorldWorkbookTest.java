package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.AcmePrices.acme;
import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertReactions;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.cycle;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Workbooks as they come from outside: written by other tools, typed by French users with their
 * non-breaking spaces, named with spaces and an upper-case extension.
 */
class RealWorldWorkbookTest {

    private static final double BN = 1e9;

    @TempDir
    Path dir;

    @Test
    void inlineStringsAndRichTextCellsAreReadAsText() throws Exception {
        Path inline = MessyBook.xlsxInlineStrings()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", "up to 100", "signed")
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, "signed")
                .row(LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", "abc", "signed")
                .write(dir.resolve("exported.xlsx"));
        Path rich = MessyBook.xlsx()
                .sheet("Deals")
                .row(MessyBook.rich("Date"), MessyBook.rich("Pay", "er"), "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 10, 14), MessyBook.rich("Ora", "cle"), MessyBook.rich("", "Nvidia"),
                        MessyBook.rich("4", "0"))
                .write(dir.resolve("styled.xlsx"));

        JsonNode json = Summary.json(java.util.List.of(inline, rich));

        assertCounts(json, 3, 3);
        assertCompanyNames(json, "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "OpenAI", flows(300 * BN, 100 * BN, 300 * BN));
        assertFigures(json, "Oracle", flows(40 * BN, 300 * BN, 40 * BN));
        assertCycles(json, cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertWarnings(json);
        assertRejected(json, rejected("exported.xlsx", "Deals", "D4", "abc"));
    }

    @Test
    void frenchNonBreakingSpacesInHeadersAndAmounts() throws Exception {
        // reading: a non-breaking space (U+00A0) or narrow one (U+202F), which French Excel and Word put
        // before units and between thousands, is a space
        Path file = MessyBook.xlsx()
                .sheet("Accords")
                .row("Date d'annonce", "Investisseur", "Bénéficiaire", "Montant\u00A0(Md$)", "Statut")
                .row("22/09/2025", "Nvidia", "OpenAI", "100\u00A0milliards de dollars", "signé")
                .row("23/09/2025", "SoftBank", "OpenAI", "1\u202F234,5", "signé")
                .row("24/09/2025", "AMD", "OpenAI", "1\u00A0234,5", "signé")
                .row("25/09/2025", "Oracle", "OpenAI", "6.300", "signé")     // a dot then three digits: thousands
                .row("26/09/2025", "CoreWeave", "OpenAI", "6.3", "signé")
                .write(dir.resolve("espaces.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 5, 5);
        assertFigures(json, "Nvidia", flows(100 * BN, 0, 100 * BN));
        assertFigures(json, "SoftBank", flows(1234.5 * BN, 0, 1234.5 * BN));
        assertFigures(json, "AMD", flows(1234.5 * BN, 0, 1234.5 * BN));
        assertFigures(json, "Oracle", flows(6300 * BN, 0, 6300 * BN));
        assertFigures(json, "CoreWeave", flows(6.3 * BN, 0, 6.3 * BN));
        assertNoIssues(json);
    }

    @Test
    void fileNameWithSpacesAccentsAndUpperCaseExtension() throws Exception {
        // reading: the extension is matched ignoring case, as Windows does
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .row(LocalDate.of(2025, 9, 23), "OpenAI", "Oracle", "beaucoup")
                .write(dir.resolve("Accords été 2025.XLSX"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 1, 1);
        assertRejected(json, rejected("Accords été 2025.XLSX", "Deals", "D3", "beaucoup"));
    }

    @Test
    void datesWithADayAndAMonthNameHaveDayPrecision() throws Exception {
        // reading: only a month name with a year is month precision; with a day too it is that day
        Path file = AcmePrices.addTo(MessyBook.xlsx().sheet("Deals")
                        .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                        .row("22 Sep 2025", "Fund", "Acme", 1)
                        .row("23 septembre 2025", "Fund", "Acme", 2)
                        .row("September 24, 2025", "Fund", "Acme", 3)
                        .row("25-Sep-2025", "Fund", "Acme", 4))
                .write(dir.resolve("named-days.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 4, 4);
        assertReactions(json,
                acme(LocalDate.of(2025, 9, 22)),
                acme(LocalDate.of(2025, 9, 23)),
                acme(LocalDate.of(2025, 9, 24)),
                acme(LocalDate.of(2025, 9, 25)));
        assertNoIssues(json);
    }

    @Test
    void capitalisedAndPaddedWordsAndTermsWithUnits() throws Exception {
        // reading: types and statuses are recognised ignoring case and surrounding spaces
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row(" Date ", "Payer", "Recipient", "Amount (USD bn)", "Type", "Status", "Term")
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, "Cloud Contract", " Signed ", "5 years")
                .row(LocalDate.of(2025, 9, 11), "OpenAI", "CoreWeave", 22.4, "CLOUD CONTRACT", "ANNOUNCED", "5 ans")
                .row(LocalDate.of(2025, 9, 12), "OpenAI", "AMD", 90, "Chip Purchase", "Talks", "60 months")
                .write(dir.resolve("caps.xlsx"));

        JsonNode json = Summary.json(file, "--include-talks");

        assertCounts(json, 3, 3);
        assertFigures(json, "OpenAI", flows(412.4 * BN, 0, (300 + 22.4 + 90) / 5 * BN));
        assertNoIssues(json);
    }
}
