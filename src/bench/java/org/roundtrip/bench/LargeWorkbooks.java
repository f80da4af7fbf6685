package org.roundtrip.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes large workbooks for the benchmarks with a plain streaming writer (SpreadsheetML by hand
 * into a zip), shared strings as Excel writes them: POI's SXSSF takes minutes and gigabytes for a
 * million rows with shared strings.
 */
public final class LargeWorkbooks {

    private static final String[] TYPES = {"equity investment", "cloud contract", "chip purchase", "cloud credits",
        "capacity backstop", "acquisition"};
    private static final String[] STATUSES = {"signed", "announced", "talks"};

    private LargeWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/deals-1m.xlsx");
        Files.createDirectories(out.toAbsolutePath().getParent());
        deals(out, rows, 10_000, 42);
        System.out.println(out + " " + Files.size(out) / 1_000_000 + " MB");
    }

    /**
     * A deals sheet of {@code rows} rows between {@code companies} companies: date, payer, recipient,
     * amount (USD bn), type, status and a distinct note per row (so ~{@code rows} distinct strings).
     */
    public static void deals(Path file, int rows, int companies, long seed) throws IOException {
        Random random = new Random(seed);
        int fixedStrings = 7 + companies + TYPES.length + STATUSES.length;
        int uniqueStrings = fixedStrings + rows;
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(1);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
                    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                    </styleSheet>""");
            // Shared strings: header words, company names, types, statuses, then one note per row.
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                    + (rows * 5L + 7) + "\" uniqueCount=\"" + uniqueStrings + "\">");
            for (String h : new String[] {"Date", "Payer", "Recipient", "Amount (USD bn)", "Type", "Status", "Note"}) {
                si(w, h);
            }
            for (int c = 0; c < companies; c++) {
                si(w, companyName(c));
            }
            for (String t : TYPES) {
                si(w, t);
            }
            for (String s : STATUSES) {
                si(w, s);
            }
            for (int r = 0; r < rows; r++) {
                si(w, "Deal reference " + r + " from the ledger, booked by treasury");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\">");
            for (int c = 0; c < 7; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            long start = LocalDate.of(2015, 1, 1).toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
            StringBuilder sb = new StringBuilder(256);
            for (int r = 0; r < rows; r++) {
                int n = r + 2;
                int payer = random.nextInt(companies);
                int recipient = random.nextInt(companies - 1);
                if (recipient >= payer) {
                    recipient++;
                }
                sb.setLength(0);
                sb.append("<row r=\"").append(n).append("\">")
                        .append("<c r=\"A").append(n).append("\" s=\"1\"><v>").append(start + random.nextInt(3650)).append("</v></c>")
                        .append("<c r=\"B").append(n).append("\" t=\"s\"><v>").append(7 + payer).append("</v></c>")
                        .append("<c r=\"C").append(n).append("\" t=\"s\"><v>").append(7 + recipient).append("</v></c>")
                        .append("<c r=\"D").append(n).append("\"><v>").append(Math.round(random.nextDouble() * 100_000) / 100.0).append("</v></c>")
                        .append("<c r=\"E").append(n).append("\" t=\"s\"><v>").append(7 + companies + random.nextInt(TYPES.length)).append("</v></c>")
                        .append("<c r=\"F").append(n).append("\" t=\"s\"><v>").append(7 + companies + TYPES.length + random.nextInt(STATUSES.length)).append("</v></c>")
                        .append("<c r=\"G").append(n).append("\" t=\"s\"><v>").append(fixedStrings + r).append("</v></c>")
                        .append("</row>");
                w.write(sb.toString());
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    /** The same ledger as {@link #deals} as a UTF-8 CSV file. */
    public static void dealsCsv(Path file, int rows, int companies, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2015, 1, 1);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Date,Payer,Recipient,Amount (USD bn),Type,Status,Note\n");
            StringBuilder sb = new StringBuilder(160);
            for (int r = 0; r < rows; r++) {
                int payer = random.nextInt(companies);
                int recipient = random.nextInt(companies - 1);
                if (recipient >= payer) {
                    recipient++;
                }
                sb.setLength(0);
                sb.append(start.plusDays(random.nextInt(3650))).append(',')
                        .append(companyName(payer)).append(',').append(companyName(recipient)).append(',')
                        .append(Math.round(random.nextDouble() * 100_000) / 100.0).append(',')
                        .append(TYPES[random.nextInt(TYPES.length)]).append(',')
                        .append(STATUSES[random.nextInt(STATUSES.length)]).append(',')
                        .append("Deal reference ").append(r).append(" from the ledger\n");
                w.write(sb.toString());
            }
        }
    }

    /**
     * A legacy .xls of {@code sheets} full sheets of 65,535 deals each (Excel 97's row limit), written
     * with HSSF: needs a few GB of heap to write, which is why it is generated once and kept.
     */
    public static void dealsXls(Path file, int sheets, int companies, long seed) throws IOException {
        Random random = new Random(seed);
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            String[] names = new String[companies];
            for (int c = 0; c < companies; c++) {
                names[c] = companyName(c);
            }
            for (int s = 0; s < sheets; s++) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Deals " + (s + 1));
                org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
                String[] h = {"Date", "Payer", "Recipient", "Amount (USD bn)", "Type", "Status"};
                for (int c = 0; c < h.length; c++) {
                    header.createCell(c).setCellValue(h[c]);
                }
                for (int r = 1; r < 65_536; r++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                    int payer = random.nextInt(companies);
                    int recipient = (payer + 1 + random.nextInt(companies - 1)) % companies;
                    org.apache.poi.ss.usermodel.Cell d = row.createCell(0);
                    d.setCellValue(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)));
                    d.setCellStyle(date);
                    row.createCell(1).setCellValue(names[payer]);
                    row.createCell(2).setCellValue(names[recipient]);
                    row.createCell(3).setCellValue(Math.round(random.nextDouble() * 100_000) / 100.0);
                    row.createCell(4).setCellValue(TYPES[random.nextInt(TYPES.length)]);
                    row.createCell(5).setCellValue(STATUSES[random.nextInt(STATUSES.length)]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** Writes the .xls of {@link #dealsXls}: {@code Xls FILE}. */
    public static final class Xls {
        public static void main(String[] args) throws IOException {
            dealsXls(Path.of(args[0]), 16, 10_000, 43);
        }
    }

    static String companyName(int c) {
        return "Company " + c + " Holdings";
    }

    private static void si(Writer w, String text) throws IOException {
        w.write("<si><t>");
        w.write(text);
        w.write("</t></si>");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream o = zip;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
