package org.roundtrip.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.roundtrip.acceptance.SummaryAssert.warning;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The file formats read: .xls, .xlsm, encrypted .xlsx, and CSV in UTF-8 or Windows-1252. */
class FileFormatsTest {

    private static final double BN = 1e9;

    @TempDir
    Path dir;

    @Test
    void xlsWorkbookIsReadLikeXlsx() throws Exception {
        Path file = MessyBook.xls()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Term")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, null)
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, 5)
                .row(LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", "=20*2", null)
                .row(LocalDate.of(2025, 10, 14), "OpenAI", "AMD", "abc", null)
                .write(dir.resolve("deals.xls"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 3, 3);
        assertCompanyNames(json, "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "OpenAI", flows(300 * BN, 100 * BN, 60 * BN));
        assertFigures(json, "Oracle", flows(40 * BN, 300 * BN, 40 * BN));
        assertCycles(json, cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertWarnings(json);
        assertRejected(json, rejected("deals.xls", "Deals", "D5", "abc"));
    }

    @Test
    void xlsmWorkbookIsRead() throws Exception {
        Path file = MessyBook.xlsm()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .write(dir.resolve("macros.xlsm"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 1, 1);
        assertFigures(json, "OpenAI", flows(0, 100 * BN, 0));
        assertNoIssues(json);
    }

    @Test
    void csvInUtf8WithByteOrderMark() throws Exception {
        Path file = MessyBook.csv(dir.resolve("deals.csv"), """
                Date,Payer,Recipient,Amount (USD bn),Status
                2025-09-22,Nvidia,OpenAI,100,signed
                2025-09-10,OpenAI,Oracle,300,signed
                2025-10-13,Oracle,Nvidia,abc,announced
                2025-10-14,Oracle,Nvidia,"up to 40",announced
                2025-10-15,Crédit Agricole,OpenAI,2,signed
                """, StandardCharsets.UTF_8, true);

        JsonNode json = Summary.json(file);

        assertCounts(json, 4, 4);
        assertCompanyNames(json, "Crédit Agricole", "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "OpenAI", flows(300 * BN, 102 * BN, 300 * BN));
        assertCycles(json, cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertWarnings(json);
        // a CSV file has no sheet; its cells are named A1-style
        assertRejected(json, rejected("deals.csv", null, "D4", "abc"));
    }

    @Test
    void csvInWindows1252WithSemicolonsCrlfAndFrenchHeaders() throws Exception {
        Path file = MessyBook.csv(dir.resolve("accords.csv"), """
                Date d'annonce;Investisseur;Bénéficiaire;Montant (Md$);Statut
                22/09/2025;Nvidia;OpenAI;100;signé
                06/10/2025;OpenAI;AMD;6,3;annoncé
                13/10/2025;Société Générale;OpenAI;plus de 10, jusqu'à 20;signé
                """.replace("\n", "\r\n"), Charset.forName("windows-1252"), false);   // Windows line ends

        JsonNode json = Summary.json(file);

        assertCounts(json, 3, 3);
        assertCompanyNames(json, "AMD", "Nvidia", "OpenAI", "Société Générale");
        assertFigures(json, "AMD", flows(0, 6.3 * BN, 0));
        assertFigures(json, "OpenAI", flows(6.3 * BN, 115 * BN, 6.3 * BN));
        assertFigures(json, "Société Générale", flows(15 * BN, 0, 15 * BN));
        assertNoIssues(json);
    }

    @Test
    void encryptedWorkbookNeedsItsPassword() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .password("s3cret")
                .write(dir.resolve("locked.xlsx"));

        Summary.Result without = Summary.runJson(List.of(file));
        assertThat(without.status()).as("exit status without --password").isEqualTo(1);
        assertThat(without.out()).as("stdout").isEmpty();
        assertThat(without.err().strip().lines()).as("stderr").hasSize(1);
        assertThat(without.err()).contains("locked.xlsx").doesNotContain("\tat ");

        JsonNode json = Summary.json(file, "--password", "s3cret");
        assertCounts(json, 1, 1);
        assertFigures(json, "Nvidia", flows(100 * BN, 0, 100 * BN));
        assertNoIssues(json);
    }

    @Test
    void sameDealInAnotherFileOrTwiceInOneIsImportedOnce() throws Exception {
        Path january = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300)
                .row(LocalDate.of(2025, 11, 1), "AMD", "OpenAI", "undisclosed")
                .row(LocalDate.of(2025, 11, 1), "AMD", "OpenAI", "n/a")            // both undisclosed: same deal
                .write(dir.resolve("jan").resolve("tracker.xlsx"));
        Path february = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row("22/09/2025", "NVIDIA Corporation", "OpenAI Inc.", "$100B")   // same deal as January's
                .row(LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", 40)
                .row("2025-09", "Nvidia", "OpenAI", 100)                           // month precision: another deal
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 250)           // other amount: another deal
                .write(dir.resolve("feb").resolve("tracker-feb.xlsx"));

        JsonNode json = Summary.json(List.of(january, february));

        assertCounts(json, 6, 6);
        assertCompanyNames(json, "AMD", "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "Nvidia", flows(200 * BN, 40 * BN, 200 * BN));
        assertFigures(json, "OpenAI", flows(550 * BN, 200 * BN, 550 * BN));
        assertFigures(json, "Oracle", flows(40 * BN, 550 * BN, 40 * BN));
        assertFigures(json, "AMD", flows(0, 0, 0));
        assertCycles(json, cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertWarnings(json,
                warning("tracker.xlsx", "Deals", "B5"),
                warning("tracker-feb.xlsx", "Deals", "B2"));
        assertRejected(json);
    }

    @Test
    void csvWithTitleBlankAndTotalRowsAndANote() throws Exception {
        Path file = MessyBook.csv(dir.resolve("pipeline.csv"), """
                AI deals pipeline,,,,
                ,,,,
                Date,Payer,Recipient,Amount (USD bn),Status
                2025-09-22,Nvidia,OpenAI,100,signed
                ,,,,
                2025-09-10,OpenAI,Oracle,300,signed
                2025-10-13,Oracle,Nvidia,lots,signed
                Total,,,400,
                "Source: press releases, September 2025",,,,
                """, StandardCharsets.UTF_8, false);

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertCompanyNames(json, "Nvidia", "OpenAI", "Oracle");
        assertFigures(json, "OpenAI", flows(300 * BN, 100 * BN, 300 * BN));
        assertWarnings(json);
        assertRejected(json, rejected("pipeline.csv", null, "D7", "lots"));
    }

    @Test
    void csvWithAnExcelSeparatorLine() throws Exception {
        // reading: Excel's "sep=;" first line names the delimiter; like any row above the header it is skipped
        Path file = MessyBook.csv(dir.resolve("excel.csv"), """
                sep=;
                Date;Payer;Recipient;Amount (USD bn)
                2025-09-22;Nvidia;OpenAI;100
                2025-09-10;OpenAI;Oracle;abc
                2025-09-11;Société Générale;OpenAI;1
                """, StandardCharsets.UTF_8, false);   // UTF-8 without a byte-order mark

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertCompanyNames(json, "Nvidia", "OpenAI", "Société Générale");
        assertFigures(json, "OpenAI", flows(0, 101 * BN, 0));
        assertWarnings(json);
        assertRejected(json, rejected("excel.csv", null, "D4", "abc"));
    }

    @Test
    void wrongPasswordIsAnUnreadableFile() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .password("s3cret")
                .write(dir.resolve("locked.xlsx"));

        Summary.Result result = Summary.runJson(List.of(file), "--password", "guess");

        assertThat(result.status()).as("exit status").isEqualTo(1);
        assertThat(result.out()).as("stdout").isEmpty();
        assertThat(result.err().strip().lines()).as("stderr").hasSize(1);
        assertThat(result.err()).contains("locked.xlsx").doesNotContain("\tat ");
    }

    @Test
    void xlsxWithoutCellReferencesIsReadInPosition() throws Exception {
        // Some generators leave out the optional r="A1" attributes of rows and cells; Excel reads such files.
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "signed")
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", "abc", "signed")
                .row(LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", 40, "signed")
                .write(dir.resolve("bare.xlsx"));
        stripCellReferences(file);

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertFigures(json, "Nvidia", flows(100 * BN, 40 * BN, 100 * BN));
        assertWarnings(json);
        assertRejected(json, rejected("bare.xlsx", "Deals", "D3", "abc"));
    }

    private static void stripCellReferences(Path xlsx) throws Exception {
        Path copy = xlsx.resolveSibling(xlsx.getFileName() + ".tmp");
        try (var in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(xlsx));
             var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(copy))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().matches("xl/worksheets/sheet\\d+\\.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8)
                            .replaceAll("(<(?:c|row)\\b[^>]*?) r=\"[A-Z]*[0-9]+\"", "$1");
                    assertThat(xml).doesNotContain(" r=\"");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        java.nio.file.Files.move(copy, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
