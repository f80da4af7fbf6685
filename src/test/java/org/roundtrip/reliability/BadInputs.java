package org.roundtrip.reliability;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.roundtrip.ingest.RawXlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import static org.roundtrip.ingest.RawXlsx.date;
import static org.roundtrip.ingest.RawXlsx.dateSerial;
import static org.roundtrip.ingest.RawXlsx.deal;
import static org.roundtrip.ingest.RawXlsx.dealsHeader;
import static org.roundtrip.ingest.RawXlsx.number;
import static org.roundtrip.ingest.RawXlsx.row;
import static org.roundtrip.ingest.RawXlsx.text;

/**
 * The files of the bad-input corpus. The small ones are committed under
 * {@code src/test/resources/bad-inputs/} (run {@link #main} to write them again); the large ones,
 * and those that must point at something of the test run (a marker file, a local port), are written
 * by the test into its temporary folder.
 *
 * <p>Every deals sheet holds two good deals, Nvidia → OpenAI 100 bn USD (2025-09-22) and OpenAI →
 * Oracle 300 bn USD (2025-09-10), around the bad cells, so a test can check that they still come in.
 */
final class BadInputs {

    /** The password of {@value #ENCRYPTED}. */
    static final String PASSWORD = "s3cret";
    static final String ENCRYPTED = "encrypted.xlsx";

    static final LocalDate DAY_1 = LocalDate.of(2025, 9, 22);
    static final LocalDate DAY_2 = LocalDate.of(2025, 9, 10);

    private BadInputs() {
    }

    /** Writes the committed files into the folder given (default: src/test/resources/bad-inputs). */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "src/test/resources/bad-inputs"));
        truncated(dir.resolve("truncated.xlsx"));
        garbagePart(dir.resolve("garbage-part.xlsx"));
        noWorkbookXml(dir.resolve("no-workbook-xml.xlsx"));
        Files.write(dir.resolve("pdf-renamed.xlsx"), ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                + "%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("png-renamed.xlsx"), png());
        Files.writeString(dir.resolve("text-renamed.xlsx"), "Date,Payer,Recipient,Amount\nthis is a note, not a workbook\n");
        encrypted(dir.resolve(ENCRYPTED));
        formulaErrors(dir.resolve("formula-errors.xlsx"));
        dates(dir.resolve("dates-out-of-range.xlsx"));
        amounts(dir.resolve("negative-and-zero-amounts.xlsx"));
        selfPayment(dir.resolve("company-pays-itself.xlsx"));
        goodDeals(dir.resolve("same-deal-a.xlsx"));
        goodDeals(dir.resolve("same-deal-b.xlsx"));
        windows1252(dir.resolve("windows-1252.csv"));
        semicolons(dir.resolve("semicolons.csv"));
        macros(dir.resolve("macros.xlsm"));
        columnXfd(dir.resolve("column-xfd.xlsx"));
        beyondXfd(dir.resolve("beyond-xfd.xlsx"));
        truncatedXls(dir.resolve("truncated.xls"));
        Files.copy(goodXls(Files.createTempFile("good", ".xls")), dir.resolve("xls-renamed.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        unterminatedQuote(dir.resolve("unterminated-quote.csv"));
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Files.write(dir.resolve("empty.csv"), new byte[0]);
    }

    static String goodRows(int firstRow) {
        return deal(firstRow, DAY_1, "Nvidia", "OpenAI", 100) + deal(firstRow + 1, DAY_2, "OpenAI", "Oracle", 300);
    }

    static Path goodDeals(Path file) {
        return RawXlsx.create().sheet("Deals", dealsHeader(), goodRows(2)).write(file);
    }

    /** The first half of a good workbook: the zip's central directory is gone. */
    static Path truncated(Path file) throws IOException {
        Path whole = goodDeals(Files.createTempFile("whole", ".xlsx"));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** The good deals as a legacy .xls workbook. */
    static Path goodXls(Path file) {
        return org.roundtrip.ingest.TestWorkbooks.create().sheet("Deals",
                org.roundtrip.ingest.TestWorkbooks.row("Date", "Payer", "Recipient", "Amount (USD bn)"),
                org.roundtrip.ingest.TestWorkbooks.row(DAY_1, "Nvidia", "OpenAI", 100),
                org.roundtrip.ingest.TestWorkbooks.row(DAY_2, "OpenAI", "Oracle", 300)).writeXls(file);
    }

    /** The first half of a good .xls: its sector chains point past the end of the file. */
    static Path truncatedXls(Path file) throws IOException {
        Path whole = goodXls(Files.createTempFile("whole", ".xls"));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A CSV whose second data row opens a quote that never closes. */
    static Path unterminatedQuote(Path file) throws IOException {
        return write(file, "Date,Payer,Recipient,Amount (USD bn)\n2025-09-22,Nvidia,OpenAI,100\n"
                + "2025-09-10,\"OpenAI,Oracle,300\n", StandardCharsets.UTF_8);
    }

    /** A good Deals sheet beside a Revenues sheet whose part is random bytes. */
    static Path garbagePart(Path file) {
        byte[] garbage = new byte[4096];
        new Random(6).nextBytes(garbage);
        return RawXlsx.create().sheet("Deals", dealsHeader(), goodRows(2))
                .sheetPart("Revenues", out -> out.write(garbage)).write(file);
    }

    /** A package whose main part, xl/workbook.xml, is missing. */
    static Path noWorkbookXml(Path file) {
        return RawXlsx.create().sheet("Deals", dealsHeader(), goodRows(2)).withoutWorkbook().write(file);
    }

    /** The 8-byte PNG signature and an IHDR chunk: enough for any tool to call it a PNG. */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 0x77, 0x53, (byte) 0xDE};
    }

    /** The good deals, encrypted with {@link #PASSWORD} (agile encryption, as Excel writes). */
    static Path encrypted(Path file) throws IOException {
        Path plain = goodDeals(Files.createTempFile("plain", ".xlsx"));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(PASSWORD);
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        } finally {
            Files.delete(plain);
        }
        return file;
    }

    /** Cached #REF! and #DIV/0!, a formula saved without its result, and a formula with cached text. */
    static Path formulaErrors(Path file) {
        return RawXlsx.create().sheet("Deals", dealsHeader(),
                deal(2, DAY_1, "Nvidia", "OpenAI", 100),
                row(3, date("A3", DAY_1), text("B3", "Nvidia"), text("C3", "CoreWeave"),
                        "<c r=\"D3\" t=\"e\"><f>#REF!*2</f><v>#REF!</v></c>"),
                row(4, date("A4", DAY_1), text("B4", "AMD"), text("C4", "OpenAI"),
                        "<c r=\"D4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"),
                row(5, date("A5", DAY_1), text("B5", "Oracle"), text("C5", "Nvidia"), "<c r=\"D5\"><f>40*1</f></c>"),
                row(6, date("A6", DAY_2), "<c r=\"B6\" t=\"str\"><f>\"Open\"&amp;\"AI\"</f><v>OpenAI</v></c>",
                        text("C6", "Oracle"), number("D6", 300))).write(file);
    }

    /** Dates before 1900 and far ahead, as text and as Excel serials 0, -1 and 3,000,000. */
    static Path dates(Path file) {
        return RawXlsx.create().sheet("Deals", dealsHeader(),
                deal(2, DAY_1, "Nvidia", "OpenAI", 100),
                row(3, text("A3", "1899-12-31"), text("B3", "Nvidia"), text("C3", "CoreWeave"), number("D3", 1)),
                row(4, text("A4", "9999-12-31"), text("B4", "Nvidia"), text("C4", "Intel"), number("D4", 2)),
                row(5, dateSerial("A5", 0), text("B5", "AMD"), text("C5", "OpenAI"), number("D5", 3)),
                row(6, dateSerial("A6", -1), text("B6", "AMD"), text("C6", "Oracle"), number("D6", 4)),
                row(7, dateSerial("A7", 3_000_000), text("B7", "AMD"), text("C7", "Nvidia"), number("D7", 5)),
                deal(8, DAY_2, "OpenAI", "Oracle", 300)).write(file);
    }

    /** A negative amount as a number and as text, and an amount of 0 (a known zero). */
    static Path amounts(Path file) {
        return RawXlsx.create().sheet("Deals", dealsHeader(),
                deal(2, DAY_1, "Nvidia", "OpenAI", 100),
                deal(3, DAY_1, "Nvidia", "CoreWeave", -6.3),
                row(4, date("A4", DAY_1), text("B4", "AMD"), text("C4", "OpenAI"), text("D4", "-5 bn")),
                deal(5, DAY_1, "Intel", "Nvidia", 0),
                deal(6, DAY_2, "OpenAI", "Oracle", 300)).write(file);
    }

    static Path selfPayment(Path file) {
        return RawXlsx.create().sheet("Deals", dealsHeader(),
                deal(2, DAY_1, "Nvidia", "OpenAI", 100),
                deal(3, DAY_1, "Nvidia", "NVIDIA Corp", 5),
                deal(4, DAY_2, "OpenAI", "Oracle", 300)).write(file);
    }

    /** English headers, accented names in Windows-1252 (as Excel's "CSV" saves on Windows). */
    static Path windows1252(Path file) throws IOException {
        return write(file, "Date,Payer,Recipient,Amount (USD bn)\r\n"
                + "2025-09-22,Société Générale,Crédit Agricole,1\r\n"
                + "2025-09-10,Crédit Agricole,Société Générale,abc\r\n"
                + "2025-09-11,Crédit Agricole,Société Générale,2\r\n", Charset.forName("windows-1252"));
    }

    /** French headers, semicolons and decimal commas, as French Excel saves CSV. */
    static Path semicolons(Path file) throws IOException {
        return write(file, "Date;Payeur;Bénéficiaire;Montant (Md$)\n"
                + "22/09/2025;Nvidia;OpenAI;100\n"
                + "15/09/2025;Nvidia;CoreWeave;6,3\n"
                + "16/09/2025;Nvidia;;6,3\n", StandardCharsets.UTF_8);
    }

    private static Path write(Path file, String text, Charset charset) throws IOException {
        return Files.write(file, text.getBytes(charset));
    }

    /** An .xlsm with a macro project part: read like any workbook, the macros never run. */
    static Path macros(Path file) {
        byte[] vba = "Attribute VB_Name = \"Module1\"\nSub Auto_Open()\n  Shell \"calc.exe\"\nEnd Sub\n"
                .getBytes(StandardCharsets.US_ASCII);
        return RawXlsx.create().sheet("Deals", dealsHeader(), goodRows(2)).macros(vba).write(file);
    }

    /** The amount column is XFD, Excel's last (16,384th) column; one amount there is not a number. */
    static Path columnXfd(Path file) {
        return RawXlsx.create().sheet("Deals",
                row(1, text("A1", "Date"), text("B1", "Payer"), text("C1", "Recipient"), text("XFD1", "Amount (USD bn)")),
                row(2, date("A2", DAY_1), text("B2", "Nvidia"), text("C2", "OpenAI"), number("XFD2", 100)),
                row(3, date("A3", DAY_1), text("B3", "Nvidia"), text("C3", "CoreWeave"), text("XFD3", "abc")),
                row(4, date("A4", DAY_2), text("B4", "OpenAI"), text("C4", "Oracle"), number("XFD4", 300))).write(file);
    }

    /** A second sheet with a cell in column ZZZZZZ, far beyond XFD: no real workbook has one. */
    static Path beyondXfd(Path file) {
        return RawXlsx.create().sheet("Deals", dealsHeader(), goodRows(2))
                .sheet("Notes", row(1, text("A1", "Remarks")), row(2, text("ZZZZZZ2", "far away"))).write(file);
    }

    // ---- generated by the test: large, or pointing at something of the run ----

    /**
     * A sheet part of {@code gigabytes} GB of {@code <row><c/></row>}: deflate packs it hundreds to
     * one, so the file stays a few MB. POI's minimum inflate ratio must refuse it before it is read.
     */
    static Path zipBomb(Path file, double gigabytes) {
        byte[] chunk = "<row><c/></row>".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        long chunks = (long) (gigabytes * (1L << 30) / chunk.length);
        return RawXlsx.create().sheetPart("Deals", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN
                    + "\"><sheetData>" + dealsHeader() + goodRows(2)).getBytes(StandardCharsets.UTF_8));
            for (long i = 0; i < chunks; i++) {
                out.write(chunk);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }).fast().write(file);
    }

    /** How many rows of {@link #emptyStyledCells} are formatted all the way to column XFD. */
    static final int WIDE_ROWS = 100;

    /**
     * The good deals, then {@code rows} rows each holding {@code perRow} empty cells with a fill
     * style (as when a whole column or sheet is formatted), the first {@value #WIDE_ROWS} reaching
     * column XFD (16,384 cells each).
     */
    static Path emptyStyledCells(Path file, int rows, int perRow) {
        return RawXlsx.create().sheetPart("Deals", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN
                    + "\"><sheetData>" + dealsHeader() + goodRows(2)).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(perRow * 24);
            for (int r = 4; r < 4 + rows; r++) {
                sb.setLength(0);
                sb.append("<row r=\"").append(r).append("\" s=\"2\" customFormat=\"1\">");
                int width = r < 4 + WIDE_ROWS ? 16_384 : perRow;
                for (int c = 0; c < width; c++) {
                    sb.append("<c r=\"").append(org.roundtrip.ingest.read.CellRefs.cell(c, r - 1)).append("\" s=\"2\"/>");
                }
                sb.append("</row>");
                out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }).fast().write(file);
    }

    /** The good deals around a row whose payer cell holds {@code chars} characters of text. */
    static Path hugeText(Path file, int chars) {
        // Random words, so that it compresses like real text and not like a zip bomb.
        Random random = new Random(1);
        StringBuilder sb = new StringBuilder(chars + 16);
        while (sb.length() < chars) {
            for (int i = 2 + random.nextInt(8); i > 0; i--) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append(' ');
        }
        String huge = sb.substring(0, chars);
        return RawXlsx.create().sheet("Deals", dealsHeader(),
                deal(2, DAY_1, "Nvidia", "OpenAI", 100),
                row(3, date("A3", DAY_1), text("B3", huge), text("C3", "CoreWeave"), number("D3", 6.3)),
                deal(4, DAY_2, "OpenAI", "Oracle", 300)).write(file);
    }

    /** The good deals with a third whose amount is a formula over an external workbook at {@code target}. */
    static Path externalLink(Path file, String target) {
        return RawXlsx.create().sheet("Deals", dealsHeader(), goodRows(2),
                        row(4, date("A4", DAY_1), text("B4", "AMD"), text("C4", "OpenAI"),
                                "<c r=\"D4\"><f>[1]Sheet1!$A$1</f><v>10</v></c>"))
                .externalLink(target, 10).write(file);
    }

    /** A DOCTYPE declaring {@code &xxe;} as the content of {@code marker}, used in a payer cell. */
    static String externalEntityDoctype(Path marker, String root) {
        return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + marker.toUri() + "\">]>";
    }

    static Path xxeInSheet(Path file, Path marker) {
        String rows = dealsHeader() + goodRows(2)
                + row(4, date("A4", DAY_1), "<c r=\"B4\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>",
                text("C4", "OpenAI"), number("D4", 1));
        String xml = RawXlsx.sheetXml(externalEntityDoctype(marker, "worksheet"), rows);
        return RawXlsx.create().sheetPart("Deals", out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).write(file);
    }

    static Path xxeInSharedStrings(Path file, Path marker) {
        String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + externalEntityDoctype(marker, "sst")
                + "<sst xmlns=\"" + RawXlsx.MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>";
        return RawXlsx.create().sheet("Deals", dealsHeader(), goodRows(2),
                row(4, date("A4", DAY_1), "<c r=\"B4\" t=\"s\"><v>0</v></c>", text("C4", "OpenAI"), number("D4", 1)))
                .sharedStrings(strings).write(file);
    }

    /** Nested internal entities ("billion laughs") that would expand to gigabytes of text. */
    static Path billionLaughs(Path file) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String rows = dealsHeader() + goodRows(2)
                + row(4, date("A4", DAY_1), "<c r=\"B4\" t=\"inlineStr\"><is><t>&l9;</t></is></c>",
                text("C4", "OpenAI"), number("D4", 1));
        String xml = RawXlsx.sheetXml(dtd.toString(), rows);
        return RawXlsx.create().sheetPart("Deals", out -> out.write(xml.getBytes(StandardCharsets.UTF_8))).write(file);
    }
}
