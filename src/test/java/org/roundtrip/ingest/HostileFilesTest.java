package org.roundtrip.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.read.WorkbookSource;
import org.roundtrip.ingest.read.WorkbookSources;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.ImportIssue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtrip.ingest.RawXlsx.deal;
import static org.roundtrip.ingest.RawXlsx.dealsHeader;
import static org.roundtrip.ingest.RawXlsx.row;
import static org.roundtrip.ingest.RawXlsx.text;

/** Files no spreadsheet program writes, but a damaged copy or a hostile sender can. */
class HostileFilesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 22);

    @TempDir
    Path dir;

    private static ImportResult read(Path... files) {
        return Importer.importFiles(List.of(files), ImportOptions.defaults());
    }

    @Test
    void aCellBeyondColumnXfdMakesItsSheetDamagedWithoutExhaustingMemory() {
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100))
                .sheet("Notes", row(1, text("A1", "Remarks")), row(2, text("ZZZZZZZZZZZZZZ2", "far away")))
                .write(dir.resolve("wide.xlsx"));
        Dataset d = read(file).dataset();
        assertThat(d.deals()).hasSize(1);
        assertThat(d.rejected()).singleElement().satisfies(i -> {
            assertThat(i.sheet()).isEqualTo("Notes");
            assertThat(i.cell()).isNull();
            assertThat(i.message()).contains("beyond column XFD");
        });
    }

    @Test
    void anEmptyXlsxIsUnreadableAndDoesNotStopTheOtherFiles() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path good = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100))
                .write(dir.resolve("good.xlsx"));
        ImportResult r = read(empty, good);
        assertThat(r.dataset().deals()).hasSize(1);
        assertThat(r.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo("empty.xlsx");
            assertThat(u.reason()).contains("empty");
        });
    }

    @Test
    void anEmptyCsvIsAnEmptyTableWithItsWarning() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        ImportResult r = read(empty);
        assertThat(r.unreadable()).isEmpty();
        assertThat(r.dataset().warnings()).singleElement().satisfies(w -> assertThat(w.sheet()).isNull());
    }

    @Test
    void aZipBombIsRefusedWholeBeforeAnyRowIsRead() {
        byte[] chunk = "<row><c/></row>".repeat(1 << 12).getBytes(StandardCharsets.US_ASCII);
        Path bomb = RawXlsx.create().sheetPart("Deals", out -> {
            out.write(RawXlsx.sheetXml("", dealsHeader() + deal(2, DAY, "Nvidia", "OpenAI", 100))
                    .replace("</sheetData></worksheet>", "").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 1000; i++) {
                out.write(chunk);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        }).write(dir.resolve("bomb.xlsx"));
        ImportResult r = read(bomb);
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.dataset().deals()).isEmpty();
        assertThat(r.unreadable().get(0).reason()).startsWith("refused: sheet \"Deals\" would expand").contains("zip bomb");
    }

    @Test
    void aSheetDeclaringADtdIsRefusedAndItsExternalEntityNeverRead() throws Exception {
        Path marker = Files.writeString(dir.resolve("secret.txt"), "MARKER-7f3a");
        String rows = dealsHeader() + deal(2, DAY, "Nvidia", "OpenAI", 100)
                + row(3, "<c r=\"B3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>");
        String xml = RawXlsx.sheetXml("<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + marker.toUri() + "\">]>", rows);
        Path file = RawXlsx.create().sheetPart("Deals", out -> out.write(xml.getBytes(StandardCharsets.UTF_8)))
                .write(dir.resolve("xxe.xlsx"));
        ImportResult r = read(file);
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.unreadable().get(0).reason()).contains("refused").contains("DTD");
        assertThat(r.dataset().issues().toString()).doesNotContain("MARKER-7f3a");
    }

    @Test
    void aWorkbookWhoseOnlySheetIsDamagedIsUnreadable() {
        Path file = RawXlsx.create().sheetPart("Deals", out -> out.write(new byte[] {(byte) 0x86, 1, 2, 3}))
                .write(dir.resolve("garbage.xlsx"));
        ImportResult r = read(file);
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.unreadable().get(0).reason()).startsWith("sheet \"Deals\" is damaged");
    }

    @Test
    void aDamagedSheetBesideAGoodOneIsARejectedEntryAndTheGoodRowsComeIn() {
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100))
                .sheetPart("Revenues", out -> out.write(new byte[] {(byte) 0x86, 1, 2, 3}))
                .write(dir.resolve("half.xlsx"));
        ImportResult r = read(file);
        assertThat(r.unreadable()).isEmpty();
        assertThat(r.dataset().deals()).hasSize(1);
        assertThat(r.dataset().rejected()).singleElement().satisfies(i -> {
            assertThat(i.sheet()).isEqualTo("Revenues");
            assertThat(i.cell()).isNull();
        });
        assertThat(r.dataset().warnings()).isEmpty();
    }

    @Test
    void aTruncatedWorkbookIsNamedWithoutItsFolder() throws Exception {
        Path good = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100))
                .write(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        String reason = read(cut).unreadable().get(0).reason();
        assertThat(reason).startsWith("damaged workbook").doesNotContain(dir.toString());
    }

    @Test
    void lookingAtTheTopOfASheetStopsAtTheRowLimitEvenWhenEveryRowBelowIsEmpty() throws Exception {
        StringBuilder empty = new StringBuilder();
        for (int r = 3; r < 50_000; r++) {
            empty.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" s=\"2\"/></row>");
        }
        // Damaged far below: a read that went past the limit would fail on it.
        String xml = RawXlsx.sheetXml("", dealsHeader() + deal(2, DAY, "Nvidia", "OpenAI", 100) + empty
                + "<row r=\"60000\"><c r=\"A60000\"><v>1</v></c>").replace("</sheetData></worksheet>", "<oops");
        Path file = RawXlsx.create().sheetPart("Deals", out -> out.write(xml.getBytes(StandardCharsets.UTF_8)))
                .write(dir.resolve("formatted.xlsx"));
        List<Integer> rows = new java.util.ArrayList<>();
        try (WorkbookSource source = WorkbookSources.open(file, null)) {
            source.read(0, 521, row -> rows.add(row.index()));
        }
        assertThat(rows).containsExactly(0, 1);
    }

    @Test
    void aCellOfAMegabyteIsRejectedAndQuotedShortly() {
        // Random letters: a run of one letter would pack like a zip bomb and be refused as one.
        java.util.Random random = new java.util.Random(5);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1 << 20) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        String huge = sb.toString();
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100),
                        row(3, RawXlsx.date("A3", DAY), text("B3", huge), text("C3", "Oracle"), RawXlsx.number("D3", 1)))
                .write(dir.resolve("huge.xlsx"));
        Dataset d = read(file).dataset();
        assertThat(d.deals()).hasSize(1);
        assertThat(d.rejected()).singleElement().satisfies(i -> {
            assertThat(i.cell()).isEqualTo("B3");
            assertThat(i.value()).hasSize(201).endsWith("…");
            assertThat(i.message()).contains("1048576 characters").hasSizeLessThan(120);
        });
    }

    @Test
    void aLongValueIsQuotedWhole() {
        String note = "y".repeat(200);
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(),
                        row(2, RawXlsx.date("A2", DAY), text("B2", "Nvidia"), text("C2", "OpenAI"), text("D2", note)))
                .write(dir.resolve("long.xlsx"));
        assertThat(read(file).dataset().rejected()).singleElement().satisfies(i -> assertThat(i.value()).isEqualTo(note));
    }

    @Test
    void datesOutsideExcelsRangeAreRejectedWithTheRangeAndTheLastDayIsKept() {
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(),
                row(2, text("A2", "1899-12-31"), text("B2", "Nvidia"), text("C2", "OpenAI"), RawXlsx.number("D2", 1)),
                row(3, text("A3", "9999-12-31"), text("B3", "Nvidia"), text("C3", "Intel"), RawXlsx.number("D3", 2)),
                row(4, RawXlsx.dateSerial("A4", 0), text("B4", "AMD"), text("C4", "OpenAI"), RawXlsx.number("D4", 3)),
                row(5, RawXlsx.dateSerial("A5", -1), text("B5", "AMD"), text("C5", "Oracle"), RawXlsx.number("D5", 4)),
                row(6, RawXlsx.dateSerial("A6", 3_000_000), text("B6", "AMD"), text("C6", "Nvidia"), RawXlsx.number("D6", 5)))
                .write(dir.resolve("dates.xlsx"));
        Dataset d = read(file).dataset();
        assertThat(d.deals()).singleElement().satisfies(deal ->
                assertThat(deal.date().date()).isEqualTo(LocalDate.of(9999, 12, 31)));
        assertThat(d.rejected()).extracting(ImportIssue::cell).containsExactly("A2", "A4", "A5", "A6");
        assertThat(d.rejected().get(0).message()).contains("before 1900-01-01");
        assertThat(d.rejected().subList(1, 4)).allSatisfy(i -> assertThat(i.message()).contains("from 1 (1900-01-01)"));
    }

    @Test
    void cancellingWhileASheetIsReadStopsTheImportInsteadOfCallingTheSheetDamaged() {
        StringBuilder rows = new StringBuilder(dealsHeader());
        for (int r = 2; r < 6000; r++) {
            rows.append(deal(r, DAY.plusDays(r), "Nvidia", "OpenAI", r));
        }
        Path file = RawXlsx.create().sheet("Deals", rows.toString()).write(dir.resolve("long.xlsx"));
        int[] polls = {0};
        // The first poll is before the file opens; the next ones come every 2048 rows.
        ImportOptions options = new ImportOptions(null, null, () -> polls[0]++ > 0);
        assertThatThrownBy(() -> Importer.importFiles(List.of(file), options))
                .isInstanceOf(ImportCancelledException.class);
    }

    @Test
    void aSharedStringsCountOfAHundredMillionReservesNothingLikeIt() {
        String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"" + RawXlsx.MAIN + "\" count=\"99999999\" uniqueCount=\"99999999\"><si><t>Nvidia</t></si></sst>";
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(),
                        row(2, RawXlsx.date("A2", DAY), "<c r=\"B2\" t=\"s\"><v>0</v></c>", text("C2", "OpenAI"),
                                RawXlsx.number("D2", 1)))
                .sharedStrings(strings).write(dir.resolve("count.xlsx"));
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThat(read(file).dataset().deals()).singleElement()
                .satisfies(d -> assertThat(d.payer()).isEqualTo("Nvidia"));
        // 99,999,999 references reserved up front would be 400 MB or more.
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(100L << 20);
    }

    @Test
    void aCsvQuoteThatNeverClosesIsNamedByItsLineWithoutAClassName() throws Exception {
        Path csv = Files.writeString(dir.resolve("quote.csv"), "Date,Payer,Recipient,Amount\n"
                + "2025-09-22,Nvidia,OpenAI,100\n2025-09-10,\"OpenAI,Oracle,300\n");
        ImportResult r = read(csv);
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.unreadable().get(0).reason())
                .isEqualTo("not a readable CSV file (a quote opened on line 3 never closes)");
    }

    @Test
    void aRowOfMoreCellsThanXfdWithoutReferencesNamesItsRow() {
        StringBuilder cells = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 16_385; i++) {
            cells.append("<c><v>").append(random.nextInt()).append("</v></c>");
        }
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100))
                .sheet("Wide", "<row r=\"3\">" + cells + "</row>").write(dir.resolve("wide-row.xlsx"));
        assertThat(read(file).dataset().rejected()).singleElement().satisfies(i ->
                assertThat(i.message()).isEqualTo("sheet \"Wide\" is damaged (a cell of row 3 lies beyond column XFD,"
                        + " the last a sheet can have)"));
    }
}
