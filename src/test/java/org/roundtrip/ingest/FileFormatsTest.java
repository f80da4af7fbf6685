package org.roundtrip.ingest;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.ImportIssue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ingest.TestWorkbooks.row;

class FileFormatsTest {

    @TempDir
    Path dir;

    private static ImportResult read(Path... files) {
        return Importer.importFiles(List.of(files), ImportOptions.defaults());
    }

    /** A deals sheet with one deal: Nvidia pays OpenAI 100 bn USD on 2025-09-22. */
    private static TestWorkbooks oneDeal() {
        return TestWorkbooks.create().sheet("Deals",
                row("Date", "Payer", "Recipient", "Amount (USD bn)"),
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100));
    }

    /** Without a password the file is unreadable and says so; a wrong one is named wrong; the right one reads it. */
    private static void assertNeedsItsPassword(Path encrypted, String password) {
        ImportResult without = read(encrypted);
        assertThat(without.nothingRead()).isTrue();
        assertThat(without.unreadable().get(0).reason()).contains("encrypted").contains("--password");
        ImportResult wrong = Importer.importFiles(List.of(encrypted), ImportOptions.withPassword("nope"));
        assertThat(wrong.unreadable().get(0).reason()).contains("wrong");
        ImportResult right = Importer.importFiles(List.of(encrypted), ImportOptions.withPassword(password));
        assertThat(right.unreadable()).isEmpty();
        assertThat(right.dataset().deals()).singleElement().extracting(Deal::amountUsd).isEqualTo(1.0e11);
    }

    @Test
    void csvWithCommasAndABomIsRead() {
        Path csv = TestWorkbooks.csv(dir.resolve("deals.csv"),
                "\uFEFFdate,payer,recipient,amount_usd_bn,note\n"
                        + "2025-09-22,Nvidia,OpenAI,100,\"Invested progressively, as capacity is deployed\"\n"
                        + "2025-09-10,OpenAI,Oracle,300,\n", StandardCharsets.UTF_8);
        Dataset d = read(csv).dataset();
        assertThat(d.issues()).isEmpty();
        assertThat(d.deals()).extracting(Deal::amountUsd).containsExactly(1.0e11, 3.0e11);
        assertThat(d.deals().get(0).note()).isEqualTo("Invested progressively, as capacity is deployed");
    }

    @Test
    void frenchCsvWithSemicolonsInWindows1252IsRead() {
        Path csv = TestWorkbooks.csv(dir.resolve("accords.csv"),
                "Date;Payeur;Bénéficiaire;Montant (Md$);Statut\n"
                        + "22/09/2025;Nvidia;OpenAI;100;signé\n"
                        + "15/09/2025;Nvidia;CoreWeave;6,3;annoncé\n"
                        + "15/09/2025;Nvidia;;6,3;annoncé\n", Charset.forName("windows-1252"));
        Dataset d = read(csv).dataset();
        assertThat(d.deals()).extracting(Deal::amountUsd).containsExactly(1.0e11, 6.3e9);
        ImportIssue rejected = d.rejected().get(0);
        assertThat(rejected.sheet()).isNull();
        assertThat(rejected.cell()).isEqualTo("C4");
        assertThat(rejected.file()).isEqualTo("accords.csv");
    }

    @Test
    void legacyXlsIsRead() {
        Path xls = TestWorkbooks.create().sheet("Deals",
                row("Date", "Payer", "Recipient", "Amount (USD bn)"),
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100),
                row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", "abc")).writeXls(dir.resolve("old.xls"));
        Dataset d = read(xls).dataset();
        assertThat(d.deals()).singleElement().extracting(Deal::amountUsd).isEqualTo(1.0e11);
        assertThat(d.rejected()).singleElement().satisfies(i -> {
            assertThat(i.sheet()).isEqualTo("Deals");
            assertThat(i.cell()).isEqualTo("D3");
        });
    }

    @Test
    void aLegacyXlsIsReadRecordByRecordSoPoisCapOnAWholeWorkbookDoesNotApply() {
        Path xls = oneDeal().writeXls(dir.resolve("big.xls"));
        int limit = org.apache.poi.hssf.record.RecordFactory.getMaxNumberOfRecords();
        // HSSF's user model refuses a workbook over this many records (5,000,000: a 16-sheet ledger);
        // the event reader never builds the list, so even a cap of 10 does not stop it
        org.apache.poi.hssf.record.RecordFactory.setMaxNumberOfRecords(10);
        try {
            ImportResult r = read(xls);
            assertThat(r.unreadable()).isEmpty();
            assertThat(r.dataset().deals()).singleElement().extracting(Deal::amountUsd).isEqualTo(1.0e11);
        } finally {
            org.apache.poi.hssf.record.RecordFactory.setMaxNumberOfRecords(limit);
        }
    }

    @Test
    void anEncryptedLegacyXlsNeedsItsPassword() throws Exception {
        Path plain = oneDeal().writeXls(dir.resolve("plain.xls"));
        Path encrypted = dir.resolve("secret.xls");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(plain))) {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("s3cret");
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                wb.write(out);
            } finally {
                org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertNeedsItsPassword(encrypted, "s3cret");
    }

    @Test
    void hiddenRowsAreReadLikeVisibleOnes() throws Exception {
        Path file = oneDeal().writeXlsx(dir.resolve("hidden.xlsx"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheetAt(0).getRow(1).setZeroHeight(true);
            wb.getSheetAt(0).setColumnHidden(3, true);
            try (OutputStream out = Files.newOutputStream(dir.resolve("hidden2.xlsx"))) {
                wb.write(out);
            }
        }
        assertThat(read(dir.resolve("hidden2.xlsx")).dataset().deals()).hasSize(1);
    }

    @Test
    void aMissingFileIsUnreadable() {
        ImportResult r = read(dir.resolve("nowhere.xlsx"));
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo("nowhere.xlsx");
            assertThat(u.reason()).contains("not found");
        });
    }

    @Test
    void aTextFileNamedXlsxIsNotAWorkbook() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "this is not a workbook");
        ImportResult r = read(fake);
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.unreadable().get(0).reason()).contains("not a workbook");
    }

    @Test
    void aTruncatedXlsxIsUnreadable() throws Exception {
        Path good = oneDeal().writeXlsx(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        ImportResult r = read(truncated);
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.unreadable().get(0).reason()).isNotBlank();
    }

    @Test
    void anEncryptedWorkbookNeedsItsPassword() throws Exception {
        Path plain = oneDeal().writeXlsx(dir.resolve("plain.xlsx"));
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("s3cret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertNeedsItsPassword(encrypted, "s3cret");
    }

    @Test
    void aReadableAndAnUnreadableFileTogetherGiveARejectedEntryForTheBadOne() throws Exception {
        Path good = oneDeal().writeXlsx(dir.resolve("good.xlsx"));
        Path bad = Files.writeString(dir.resolve("bad.xlsx"), "garbage");
        ImportResult r = read(bad, good);
        assertThat(r.nothingRead()).isFalse();
        assertThat(r.dataset().deals()).hasSize(1);
        assertThat(r.dataset().rejected()).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo("bad.xlsx");
            assertThat(i.sheet()).isNull();
            assertThat(i.cell()).isNull();
            assertThat(i.value()).isNull();
        });
    }

    @Test
    void theSameDealInTwoFilesIsKeptOnce() {
        Object[] header = row("Date", "Payer", "Recipient", "Amount");
        Object[] deal = row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100);
        Path a = TestWorkbooks.create().sheet("Deals", header, deal).writeXlsx(dir.resolve("a.xlsx"));
        Path b = TestWorkbooks.create().sheet("Deals", header, deal).writeXlsx(dir.resolve("b.xlsx"));
        Dataset d = read(a, b).dataset();
        assertThat(d.deals()).hasSize(1);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("b.xlsx");
            assertThat(w.cell()).isEqualTo("B2");
            assertThat(w.message()).contains("a.xlsx");
        });
    }

    @Test
    void companiesOfALaterFileApplyToAnEarlierFile() {
        Path deals = TestWorkbooks.create().sheet("Deals",
                row("Date", "Payer", "Recipient", "Amount"),
                row(LocalDate.of(2025, 6, 10), "OpenAI", "Google", 1)).writeXlsx(dir.resolve("deals.xlsx"));
        Path companies = TestWorkbooks.create().sheet("Companies",
                row("Company", "Aliases"),
                row("Alphabet", "Google")).writeXlsx(dir.resolve("companies.xlsx"));
        Dataset d = read(deals, companies).dataset();
        assertThat(d.deals()).singleElement().extracting(Deal::recipient).isEqualTo("Alphabet");
    }
}
