package org.roundtrip.ingest;

import org.apache.poi.ss.usermodel.DateUtil;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages part by part, so that a test can put into one exactly what a damaged or
 * hostile file holds: cached formula errors, formulas without a cached value, a DTD, an external
 * link, a macro project, a sheet of gigabytes. POI's writer would refuse or repair most of these.
 * Style 1 is a date format (numFmtId 14); style 2 is a grey fill without a number format.
 */
public final class RawXlsx {

    public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    /** Writes a part's bytes; lets a test stream a part too big to hold in memory. */
    @FunctionalInterface
    public interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private record Part(String path, String contentType, PartWriter writer) {
    }

    private final Map<String, PartWriter> sheets = new LinkedHashMap<>();
    private final List<Part> extra = new ArrayList<>();
    private final List<String> workbookRels = new ArrayList<>();
    private final List<String> workbookExtraXml = new ArrayList<>();
    private final List<String> defaults = new ArrayList<>();
    private String sharedStrings;
    private boolean macroEnabled;
    private boolean withoutWorkbook;
    private int level = java.util.zip.Deflater.DEFAULT_COMPRESSION;

    public static RawXlsx create() {
        return new RawXlsx();
    }

    /** A sheet whose {@code <sheetData>} holds these rows (see {@link #row}). */
    public RawXlsx sheet(String name, String... rows) {
        String xml = sheetXml("", String.join("", rows));
        return sheetPart(name, out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A sheet part written exactly as given (a prolog, a DTD, or gigabytes streamed). */
    public RawXlsx sheetPart(String name, PartWriter writer) {
        sheets.put(name, writer);
        return this;
    }

    /** The shared strings part, exactly as given. */
    public RawXlsx sharedStrings(String xml) {
        this.sharedStrings = xml;
        return this;
    }

    /** Marks the workbook as macro-enabled (.xlsm) and adds a macro project with these bytes. */
    public RawXlsx macros(byte[] vbaProject) {
        macroEnabled = true;
        defaults.add("<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>");
        workbookRels.add("<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                + " Target=\"vbaProject.bin\"/>");
        extra.add(new Part("xl/vbaProject.bin", null, out -> out.write(vbaProject)));
        return this;
    }

    /** Adds an external link whose workbook lives at {@code target}, caching {@code value} for its Sheet1!A1. */
    public RawXlsx externalLink(String target, double value) {
        workbookRels.add("<Relationship Id=\"rIdExt\" Type=\"" + REL + "/externalLink\""
                + " Target=\"externalLinks/externalLink1.xml\"/>");
        workbookExtraXml.add("<externalReferences><externalReference r:id=\"rIdExt\"/></externalReferences>");
        String link = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<externalLink xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><externalBook r:id=\"rId1\">"
                + "<sheetNames><sheetName val=\"Sheet1\"/></sheetNames><sheetDataSet><sheetData sheetId=\"0\">"
                + "<row r=\"1\"><cell r=\"A1\"><v>" + value + "</v></cell></row></sheetData></sheetDataSet>"
                + "</externalBook></externalLink>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                + "/externalLinkPath\" Target=\"" + target + "\" TargetMode=\"External\"/></Relationships>";
        extra.add(new Part("xl/externalLinks/externalLink1.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml", utf8(link)));
        extra.add(new Part("xl/externalLinks/_rels/externalLink1.xml.rels", null, utf8(rels)));
        return this;
    }

    /** Leaves xl/workbook.xml out of the package (its relationships still point at it). */
    public RawXlsx withoutWorkbook() {
        withoutWorkbook = true;
        return this;
    }

    /** Deflates with the fastest level: for parts of hundreds of MB, written in every test run. */
    public RawXlsx fast() {
        level = java.util.zip.Deflater.BEST_SPEED;
        return this;
    }

    public Path write(Path file) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(level);
            put(zip, "[Content_Types].xml", utf8(contentTypes()));
            put(zip, "_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            if (!withoutWorkbook) {
                put(zip, "xl/workbook.xml", utf8(workbook()));
            }
            put(zip, "xl/_rels/workbook.xml.rels", utf8(workbookRelsXml()));
            put(zip, "xl/styles.xml", utf8(STYLES));
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", utf8(sharedStrings));
            }
            int i = 1;
            for (PartWriter w : sheets.values()) {
                put(zip, "xl/worksheets/sheet" + i++ + ".xml", w);
            }
            for (Part p : extra) {
                put(zip, p.path(), p.writer());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, PartWriter writer) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        writer.write(zip);
        zip.closeEntry();
    }

    private static PartWriter utf8(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }

    private String contentTypes() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        defaults.forEach(sb::append);
        sb.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"")
                .append(macroEnabled ? XLSM_MAIN : XLSX_MAIN).append("\"/>");
        sb.append("<Override PartName=\"/xl/styles.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        if (sharedStrings != null) {
            sb.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
        for (int i = 1; i <= sheets.size(); i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        for (Part p : extra) {
            if (p.contentType() != null) {
                sb.append("<Override PartName=\"/").append(p.path()).append("\" ContentType=\"")
                        .append(p.contentType()).append("\"/>");
            }
        }
        return sb.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
        int i = 1;
        for (String name : sheets.keySet()) {
            sb.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            i++;
        }
        sb.append("</sheets>");
        workbookExtraXml.forEach(sb::append);
        return sb.append("</workbook>").toString();
    }

    private String workbookRelsXml() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"" + PKG_REL + "\">");
        for (int i = 1; i <= sheets.size(); i++) {
            sb.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        sb.append("<Relationship Id=\"rIdStyles\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
        if (sharedStrings != null) {
            sb.append("<Relationship Id=\"rIdStrings\" Type=\"").append(REL)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        workbookRels.forEach(sb::append);
        return sb.append("</Relationships>").toString();
    }

    /** A whole sheet part: an optional prolog (such as a DOCTYPE) and the rows. */
    public static String sheetXml(String prolog, String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + prolog
                + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** A row (1-based number) of cells made by {@link #text}, {@link #number}, {@link #date}. */
    public static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    public static String text(String ref, String s) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(s) + "</t></is></c>";
    }

    public static String number(String ref, double v) {
        return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
    }

    /** A number cell with the date style. */
    public static String dateSerial(String ref, double serial) {
        return "<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>";
    }

    public static String date(String ref, LocalDate d) {
        return dateSerial(ref, DateUtil.getExcelDate(d));
    }

    /** The header row of a deals sheet in row 1: Date, Payer, Recipient, Amount (USD bn). */
    public static String dealsHeader() {
        return row(1, text("A1", "Date"), text("B1", "Payer"), text("C1", "Recipient"), text("D1", "Amount (USD bn)"));
    }

    /** A plain deal row: a date cell, payer, recipient and an amount in USD bn. */
    public static String deal(int r, LocalDate d, String payer, String recipient, double amountBn) {
        return row(r, date("A" + r, d), text("B" + r, payer), text("C" + r, recipient), number("D" + r, amountBn));
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDDDDD\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/></cellXfs>"
            + "</styleSheet>";
}
