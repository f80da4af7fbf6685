package org.roundtrip.ingest.read;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.commons.io.input.ReadAheadInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.typed.TypedXMLStreamException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Streams an .xlsx/.xlsm workbook: POI's package reader (shared strings, styles) with the sheet XML
 * parsed by StAX (Woodstox), so memory does not grow with the sheet. Macros never run and external
 * links are never followed: only the cached cell values are read.
 */
final class XlsxSource implements WorkbookSource {

    /** Sheets above this size are not pre-scanned for merged header cells. */
    private static final long MERGE_SCAN_LIMIT_BYTES = 8L * 1024 * 1024;

    private static final XMLInputFactory XML = createFactory();

    /** Bytes inflated ahead of the parser, twice (the one being read and the one being filled). */
    private static final int INFLATE_BUFFER = 1 << 20;

    /** A shared-string cell whose index has not been read (yet, or as a number at all). */
    private static final int NO_INDEX = Integer.MIN_VALUE;

    /** The most shared strings reserved before they are read: beyond, the list grows as they come. */
    private static final int MAX_PRESIZED_STRINGS = 1 << 16;

    /** Why a part with a DOCTYPE is refused. */
    private static final String DTD_REFUSED = "it declares a DTD, which no workbook needs (external entities are never read)";

    private final String fileName;
    private final OPCPackage pkg;
    /** The shared strings table as plain strings: POI's table builds a rich-text object per lookup. */
    private final String[] strings;
    private final List<String> names = new ArrayList<>();
    private final List<PackagePart> parts = new ArrayList<>();
    private final boolean date1904;
    private final boolean[] dateStyle;
    private final int[] formatIndex;
    private final String[] formatString;
    private final CellValue.NumberDisplay display;

    XlsxSource(String fileName, OPCPackage pkg) throws UnreadableFileException {
        this.fileName = fileName;
        this.pkg = pkg;
        try {
            PackageReader reader = new PackageReader(pkg);
            this.strings = readSharedStrings(reader);
            Styles styles = readStyles(reader);
            int n = styles.numFmtIds.size();
            dateStyle = new boolean[n];
            formatIndex = new int[n];
            formatString = new String[n];
            for (int i = 0; i < n; i++) {
                int id = styles.numFmtIds.get(i);
                String custom = styles.customFormats.get(id);
                formatIndex[i] = (short) id;
                formatString[i] = custom != null ? custom : BuiltinFormats.getBuiltinFormat(id);
                dateStyle[i] = formatString[i] != null && DateUtil.isADateFormat(formatIndex[i], formatString[i]);
            }
            date1904 = readWorkbook(reader.workbook(), names, parts);
                } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            String refusal = refusal(e);
            throw new UnreadableFileException(refusal != null ? "refused: " + refusal : "damaged workbook (" + plain(e) + ")", e);
        }
        this.display = new FormattedNumbers(date1904);
    }

    /**
     * Refuses the whole file when a sheet's sizes in the zip directory already show a bomb. POI's own
     * check only fires once the part is being read, after the rows before it have been imported;
     * a file built to attack is better refused whole.
     */
    private static void refuseBomb(String sheet, PackagePart part) throws UnreadableFileException {
        if (!(part instanceof ZipPackagePart zipPart) || zipPart.getZipArchive() == null) {
            return;
        }
        long size = zipPart.getZipArchive().getSize();
        long packed = zipPart.getZipArchive().getCompressedSize();
        boolean tooBig = size > ZipSecureFile.getMaxEntrySize();
        boolean tooDense = size > ZipSecureFile.getGraceEntrySize() && packed > 0
                && (double) packed / size < ZipSecureFile.getMinInflateRatio();
        if (tooBig || tooDense) {
            throw new UnreadableFileException("refused: sheet \"" + sheet + "\" would expand from " + megabytes(packed)
                    + " to " + megabytes(size) + ", like a zip bomb");
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%d KB", (bytes + 999) / 1000)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = new InputFactoryImpl();
        // The sheet XML comes from an untrusted file: no DTDs, no external entities.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * A big part is inflated on a second thread while this one parses it: unzipping is a quarter of
     * reading a sheet, and the thread that imports rows waits on the parser otherwise. Small parts,
     * and the first rows read to recognise a sheet, are read directly.
     */
    private static InputStream inflatedAhead(InputStream in, long size) throws IOException {
        return size < ReadAhead.MIN_BYTES ? in
                : ReadAheadInputStream.builder().setInputStream(in).setBufferSize(INFLATE_BUFFER).get();
    }

    /** POI's package reader, which also hands out the workbook part it found (transitional or strict). */
    private static final class PackageReader extends XSSFReader {
        PackageReader(OPCPackage pkg) throws IOException, OpenXML4JException {
            super(pkg);
        }

        PackagePart workbook() {
            return workbookPart;
        }

        /** The uncompressed size of the shared strings part, or -1 when there is none or it is not known. */
        long sharedStringsSize() {
            try {
                for (PackageRelationship relation : workbookPart.getRelationshipsByType(
                        org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getRelation())) {
                    PackagePart part = workbookPart.getRelatedPart(relation);
                    return part == null ? -1 : part.getSize();
                }
            } catch (OpenXML4JException | RuntimeException e) {
                // as if not known: the part itself is read (or refused) right after
            }
            return -1;
        }
    }

    /** Relationship types of the parts a workbook lists as sheets, in either OOXML namespace. */
    private static final List<String> SHEET_RELATIONS = List.of("/worksheet", "/chartsheet", "/dialogsheet",
            "/xlMacrosheet", "/xlIntlMacrosheet");

    /**
     * Reads workbook.xml with StAX: whether dates count from 1904, and the sheets in workbook order
     * with their parts (what POI's sheet iterator gives, without loading its XML schema classes, which
     * took longer than reading a small workbook).
     */
    private static boolean readWorkbook(PackagePart workbook, List<String> names, List<PackagePart> parts)
            throws IOException, XMLStreamException, OpenXML4JException, UnreadableFileException {
        if (workbook == null) {
            throw new IOException("the package has no workbook part");
        }
        boolean date1904 = false;
        List<String[]> sheets = new ArrayList<>();
        try (InputStream in = workbook.getInputStream()) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (next(x) != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = x.getLocalName();
                    if ("workbookPr".equals(name)) {
                        String v = x.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if ("sheet".equals(name)) {
                        String id = null;
                        for (int i = 0; i < x.getAttributeCount(); i++) {
                            String ns = x.getAttributeNamespace(i);
                            if ("id".equals(x.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                                id = x.getAttributeValue(i);
                            }
                        }
                        sheets.add(new String[] {x.getAttributeValue(null, "name"), id});
                    }
                }
            } finally {
                x.close();
            }
        }
        for (String[] sheet : sheets) {
            PackageRelationship relation = sheet[1] == null ? null : workbook.getRelationship(sheet[1]);
            if (relation == null || SHEET_RELATIONS.stream().noneMatch(relation.getRelationshipType()::endsWith)) {
                continue;
            }
            PackagePart part = workbook.getRelatedPart(relation);
            if (part == null) {
                throw new IOException("sheet \"" + sheet[0] + "\" has no part in the file");
            }
            names.add(sheet[0]);
            parts.add(part);
            refuseBomb(sheet[0], part);
        }
        return date1904;
    }

    /** The number format of each cell style (cellXfs), and the workbook's own formats by id. */
    private record Styles(List<Integer> numFmtIds, java.util.Map<Integer, String> customFormats) {
    }

    /**
     * Reads styles.xml with StAX: POI's styles table builds the whole stylesheet through XML schema
     * classes, and dates only need each cell style's number format.
     */
    private static Styles readStyles(XSSFReader reader) throws IOException, XMLStreamException, OpenXML4JException {
        List<Integer> ids = new ArrayList<>();
        java.util.Map<Integer, String> custom = new java.util.HashMap<>();
        InputStream in;
        try {
            in = reader.getStylesData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            return new Styles(ids, custom);
        }
        if (in == null) {
            return new Styles(ids, custom);
        }
        try (in) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                boolean inCellXfs = false;
                while (x.hasNext()) {
                    int event = next(x);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = x.getLocalName();
                        if ("numFmt".equals(name)) {
                            String id = x.getAttributeValue(null, "numFmtId");
                            String code = x.getAttributeValue(null, "formatCode");
                            if (id != null && code != null) {
                                custom.put(Integer.parseInt(id.trim()), code);
                            }
                        } else if ("cellXfs".equals(name)) {
                            inCellXfs = true;
                        } else if (inCellXfs && "xf".equals(name)) {
                            String id = x.getAttributeValue(null, "numFmtId");
                            ids.add(id == null ? 0 : Integer.parseInt(id.trim()));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(x.getLocalName())) {
                        inCellXfs = false;
                    }
                }
            } finally {
                x.close();
            }
        }
        return new Styles(ids, custom);
    }

    /**
     * The next event of a part. A DTD is refused: Excel never writes one, and it is how external
     * entities and entity expansion bombs come in (the factory already ignores it; this says why).
     */
    private static int next(XMLStreamReader x) throws XMLStreamException {
        int event = x.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException(DTD_REFUSED);
        }
        return event;
    }

    /**
     * Why POI or the sheet parser refused a part on purpose (a zip bomb, a DTD), in the user's words;
     * null when the part is simply damaged.
     */
    static String refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                return "it would expand far beyond its size, like a zip bomb";
            }
            if (m.contains(DTD_REFUSED) || m.contains("DOCTYPE is disallowed")) {
                return DTD_REFUSED;
            }
        }
        return null;
    }

    private UnreadableFileException sheetProblem(int sheet, Exception e) {
        String refusal = refusal(e);
        String name = "sheet \"" + names.get(sheet) + "\"";
        return new UnreadableFileException(refusal != null ? name + " refused: " + refusal
                : name + " is damaged (" + plain(e) + ")", e);
    }

    /**
     * Reads the shared strings part with StAX into an array: the text of each {@code <si>}, its rich
     * text runs joined, phonetic runs ({@code <rPh>}) left out. Strings are interned per workbook
     * (the same text twice is one object).
     */
    private static String[] readSharedStrings(PackageReader reader)
            throws IOException, OpenXML4JException, XMLStreamException {
        InputStream raw;
        try {
            raw = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            return new String[0];
        }
        if (raw == null) {
            return new String[0];
        }
        long size = reader.sharedStringsSize();
        try (InputStream in = inflatedAhead(raw, size < 0 ? Long.MAX_VALUE : size)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                List<String> list = new ArrayList<>();
                // most items are one <t>: its text is kept as it is, without copying it through a builder
                String first = null;
                StringBuilder text = null;
                int phonetic = 0;
                while (x.hasNext()) {
                    int event = next(x);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = x.getLocalName();
                        if ("sst".equals(name)) {
                            String unique = x.getAttributeValue(null, "uniqueCount");
                            if (unique != null && unique.length() < 9) {
                                // A hint only, and the file's word: "99999999" must not reserve 800 MB up front.
                                ((ArrayList<String>) list).ensureCapacity(Math.min(Integer.parseInt(unique),
                                        MAX_PRESIZED_STRINGS));
                            }
                        } else if ("si".equals(name)) {
                            first = null;
                            text = null;
                        } else if ("rPh".equals(name)) {
                            phonetic++;
                        } else if ("t".equals(name)) {
                            String t = x.getElementText();
                            if (phonetic == 0) {
                                if (first == null) {
                                    first = t;
                                } else {
                                    if (text == null) {
                                        text = new StringBuilder(first);
                                    }
                                    text.append(t);
                                }
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = x.getLocalName();
                        if ("si".equals(name)) {
                            list.add(text != null ? text.toString() : first != null ? first : "");
                        } else if ("rPh".equals(name)) {
                            phonetic--;
                        }
                    }
                }
                return list.toArray(new String[0]);
            } finally {
                x.close();
            }
        }
    }

    static String plain(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.lines().findFirst().orElse(m);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public List<MergedRegion> mergedRegions(int sheet) throws UnreadableFileException {
        PackagePart part = parts.get(sheet);
        long size = part.getSize();
        if (size < 0 || size > MERGE_SCAN_LIMIT_BYTES) {
            return List.of();
        }
        List<MergedRegion> regions = new ArrayList<>();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (next(x) == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(x.getLocalName())) {
                        MergedRegion r = MergedRegion.parse(String.valueOf(x.getAttributeValue(null, "ref")));
                        if (r != null) {
                            regions.add(r);
                        }
                    }
                }
            } finally {
                x.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw sheetProblem(sheet, e);
        }
        return regions;
    }

    @Override
    public long sizeHint(int sheet) {
        return parts.get(sheet).getSize();
    }

    @Override
    public void read(int sheet, int rowLimit, RowSink sink) throws UnreadableFileException {
        PackagePart part = parts.get(sheet);
        try (InputStream in = inflatedAhead(part.getInputStream(), rowLimit == Integer.MAX_VALUE ? part.getSize() : 0)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                parseSheet((XMLStreamReader2) x, rowLimit, sink);
            } finally {
                x.close();
            }
        } catch (SinkFailure e) {
            throw e.sinkException();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw sheetProblem(sheet, e);
        }
    }

    private void parseSheet(XMLStreamReader2 x, int rowLimit, RowSink sink) throws XMLStreamException {
        ColumnDecoder columnDecoder = new ColumnDecoder();
        TypeDecoder typeDecoder = new TypeDecoder();
        int rowIndex = -1;
        int column = -1;
        CellValue[] cells = new CellValue[16];
        int maxColumn = -1;
        String type = null;
        boolean shared = false;
        int sharedIndex = NO_INDEX;
        double number = ValueChars.NOT_SIMPLE;
        char[] scratch = new char[32];
        int style = 0;
        String value = null;
        boolean formula = false;
        StringBuilder inline = null;
        boolean inPhonetic = false;
        while (x.hasNext()) {
            int event = next(x);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                switch (name) {
                    case "row" -> {
                        String r = x.getAttributeValue(null, "r");
                        rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
                        if (rowIndex >= rowLimit) {
                            return;
                        }
                        column = -1;
                        maxColumn = -1;
                        Arrays.fill(cells, null);
                    }
                    case "c" -> {
                        // Attributes by position, decoded from the parser's buffer: a lookup by name and a
                        // String per attribute per cell cost more than the rest of the cell.
                        column++;
                        type = null;
                        style = 0;
                        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
                            String attribute = x.getAttributeLocalName(i);
                            if (attribute.length() == 1) {
                                switch (attribute.charAt(0)) {
                                    case 'r' -> {
                                        x.getAttributeAs(i, columnDecoder);
                                        if (columnDecoder.column >= 0) {
                                            column = columnDecoder.column;
                                        }
                                        if (column > CellRefs.MAX_COLUMN) {
                                            // Excel never writes one; a row array that wide would exhaust memory.
                                            throw new XMLStreamException("cell " + x.getAttributeValue(i)
                                                    + " lies beyond column XFD, the last a sheet can have");
                                        }
                                    }
                                    case 't' -> {
                                        x.getAttributeAs(i, typeDecoder);
                                        type = typeDecoder.type;
                                    }
                                    case 's' -> style = x.getAttributeAsInt(i);
                                    default -> {
                                    }
                                }
                            }
                        }
                        if (column > CellRefs.MAX_COLUMN) {
                            throw new XMLStreamException("a cell of row " + (rowIndex + 1)
                                    + " lies beyond column XFD, the last a sheet can have");
                        }
                        shared = "s".equals(type);
                        sharedIndex = NO_INDEX;
                        number = ValueChars.NOT_SIMPLE;
                        value = null;
                        formula = false;
                        inline = null;
                    }
                    case "v" -> {
                        // Most values are a shared-string index or a plain number: read from the parser's
                        // buffer, without a String per cell; anything else takes the general path.
                        number = ValueChars.NOT_SIMPLE;
                        boolean plainNumber = type == null || "n".equals(type);
                        String before = "";
                        if (next(x) == XMLStreamConstants.CHARACTERS) {
                            char[] chars = x.getTextCharacters();
                            int start = x.getTextStart();
                            int length = x.getTextLength();
                            if (shared) {
                                sharedIndex = ValueChars.index(chars, start, length);
                            } else if (plainNumber) {
                                number = ValueChars.number(chars, start, length);
                            }
                            if (shared ? sharedIndex >= 0 : plainNumber && !Double.isNaN(number)) {
                                if (length > scratch.length) {
                                    scratch = new char[Math.max(length, scratch.length * 2)];
                                }
                                System.arraycopy(chars, start, scratch, 0, length);
                                if (next(x) == XMLStreamConstants.END_ELEMENT) {
                                    continue;
                                }
                                // more than one piece of text (a comment between them): join them all
                                before = new String(scratch, 0, length);
                            }
                            sharedIndex = NO_INDEX;
                            number = ValueChars.NOT_SIMPLE;
                        }
                        value = before + restOfText(x);
                    }
                    case "f" -> {
                        formula = true;
                        x.getElementText();
                    }
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> inPhonetic = true;
                    case "t" -> {
                        String t = x.getElementText();
                        if (inline != null && !inPhonetic) {
                            inline.append(t);
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = x.getLocalName();
                if ("c".equals(name)) {
                    CellValue cell = shared && sharedIndex != NO_INDEX ? sharedString(column, sharedIndex)
                            : !Double.isNaN(number) ? number(column, number, style)
                            : cell(column, type, style, value, formula, inline);
                    if (cell != null) {
                        if (column >= cells.length) {
                            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                        }
                        cells[column] = cell;
                        maxColumn = Math.max(maxColumn, column);
                    }
                } else if ("rPh".equals(name)) {
                    inPhonetic = false;
                } else if ("row".equals(name)) {
                    if (maxColumn >= 0 && !SinkFailure.deliver(sink, new SheetRow(rowIndex, Arrays.copyOf(cells, maxColumn + 1)))) {
                        return;
                    }
                } else if ("sheetData".equals(name)) {
                    return;
                }
            }
        }
    }

    private CellValue cell(int column, String type, int style, String value, boolean formula, StringBuilder inline) {
        if (type == null || "n".equals(type)) {
            if (value == null || value.isEmpty()) {
                return formula ? CellValue.of(column, CellValue.Kind.NO_CACHED_VALUE, "") : null;
            }
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return CellValue.text(column, value);
            }
            return number(column, d, style);
        }
        switch (type) {
            case "s" -> {
                // only what the parse loop could not read as an index comes here: empty, odd or split text
                return sharedString(column, value);
            }
            case "inlineStr" -> {
                String s = inline != null ? inline.toString() : value;
                return s == null || s.isEmpty() ? null : CellValue.text(column, s);
            }
            case "str" -> {
                if (value == null) {
                    return formula ? CellValue.of(column, CellValue.Kind.NO_CACHED_VALUE, "") : null;
                }
                return value.isEmpty() ? null : CellValue.text(column, value);
            }
            case "b" -> {
                if (value == null) {
                    return formula ? CellValue.of(column, CellValue.Kind.NO_CACHED_VALUE, "") : null;
                }
                return CellValue.of(column, CellValue.Kind.BOOLEAN, "1".equals(value.trim()) ? "TRUE" : "FALSE");
            }
            case "e" -> {
                return CellValue.of(column, CellValue.Kind.ERROR, value == null ? "#N/A" : value);
            }
            case "d" -> {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    double serial = DateUtil.getExcelDate(LocalDateTime.parse(value.length() == 10 ? value + "T00:00" : value),
                            date1904);
                    return CellValue.number(column, serial, true, 14, "yyyy-mm-dd", display);
                } catch (RuntimeException e) {
                    return CellValue.text(column, value);
                }
            }
            default -> {
                return value == null ? null : CellValue.text(column, value);
            }
        }
    }

    private CellValue number(int column, double d, int style) {
        boolean styled = style >= 0 && style < dateStyle.length;
        return CellValue.number(column, d, styled && dateStyle[style], styled ? formatIndex[style] : 0,
                styled ? formatString[style] : null, display);
    }

    /**
     * The text of the current element from the current event on, as {@link XMLStreamReader#getElementText()}
     * reads it from its start: text and entities joined, comments and processing instructions skipped,
     * positioned on the element's end.
     */
    private static String restOfText(XMLStreamReader x) throws XMLStreamException {
        StringBuilder text = null;
        String only = null;
        for (int event = x.getEventType(); event != XMLStreamConstants.END_ELEMENT; event = next(x)) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (only == null && text == null) {
                        only = x.getText();
                    } else {
                        if (text == null) {
                            text = new StringBuilder(only);
                        }
                        text.append(x.getText());
                    }
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of the sheet inside a value");
                default -> throw new XMLStreamException("a value holds an element, which no sheet has", x.getLocation());
            }
        }
        return text != null ? text.toString() : only != null ? only : "";
    }

    /** {@link ValueChars#index} of a whole string: a shared-string index, or -1 when it is none. */
    static int index(String value) {
        return ValueChars.index(value.toCharArray(), 0, value.length());
    }

    private CellValue sharedString(int column, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return sharedString(column, index(value));
    }

    private CellValue sharedString(int column, int index) {
        if (index < 0 || index >= strings.length) {
            return CellValue.of(column, CellValue.Kind.ERROR, "#REF!");
        }
        String s = strings[index];
        return s.isEmpty() ? null : CellValue.text(column, s);
    }

    /** A cell's {@code r} attribute ("AB12") as its 0-based column, -1 when it has no letters. */
    private static final class ColumnDecoder extends TypedValueDecoder {
        int column;

        @Override
        public void decode(String lexical) {
            column = CellRefs.columnOf(lexical);
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            column = CellRefs.columnOf(buffer, start, end);
        }

        @Override
        public void handleEmptyValue() {
            column = -1;
        }
    }

    /** A cell's {@code t} attribute as one of the type names (shared constants), without a String per cell. */
    private static final class TypeDecoder extends TypedValueDecoder {
        private static final String[] TYPES = {"s", "n", "str", "b", "e", "inlineStr", "d"};
        String type;

        @Override
        public void decode(String lexical) {
            type = lexical;
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            for (String t : TYPES) {
                if (t.length() == end - start && sameChars(t, buffer, start)) {
                    type = t;
                    return;
                }
            }
            type = new String(buffer, start, end - start);
        }

        @Override
        public void handleEmptyValue() {
            type = "";
        }

        private static boolean sameChars(String t, char[] buffer, int start) {
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) != buffer[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    @Override
    public String toString() {
        return fileName;
    }
}
