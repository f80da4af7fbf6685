package org.roundtrip.ingest.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file as a one-sheet workbook (sheet name null). UTF-8 with or without BOM, else
 * Windows-1252; comma or semicolon separated, whichever the first lines use outside quotes.
 */
final class CsvSource implements WorkbookSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_LINES = 20;
    private static final Pattern UNCLOSED_QUOTE =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private final Path path;
    private final Charset charset;
    private final boolean bom;
    private final char delimiter;

    CsvSource(Path path) throws IOException {
        this.path = path;
        byte[] head = readHead(path, 64 * 1024);
        bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        charset = bom || isUtf8(path) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(head, charset);
        delimiter = sniffDelimiter(text);
    }

    private static byte[] readHead(Path path, int max) throws IOException {
        try (var in = Files.newInputStream(path)) {
            return in.readNBytes(max);
        }
    }

    private static boolean isUtf8(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var in = Files.newInputStream(path)) {
            byte[] buf = new byte[1 << 16];
            ByteBuffer carry = ByteBuffer.allocate(0);
            int n;
            var out = java.nio.CharBuffer.allocate(1 << 17);
            while ((n = in.read(buf)) > 0) {
                ByteBuffer bb = ByteBuffer.allocate(carry.remaining() + n);
                bb.put(carry).put(buf, 0, n).flip();
                out.clear();
                var result = decoder.decode(bb, out, false);
                if (result.isError()) {
                    return false;
                }
                carry = bb.slice();
            }
            out.clear();
            var result = decoder.decode(carry, out, true);
            return !result.isError();
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Counts commas and semicolons outside quotes line by line; the one more lines use wins (comma on a tie). */
    static char sniffDelimiter(String text) {
        int commaLines = 0;
        int semicolonLines = 0;
        int lines = 0;
        boolean quoted = false;
        boolean comma = false;
        boolean semicolon = false;
        for (int i = 0; i < text.length() && lines < SNIFF_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                comma = true;
            } else if (!quoted && c == ';') {
                semicolon = true;
            } else if (!quoted && c == '\n') {
                commaLines += comma ? 1 : 0;
                semicolonLines += semicolon ? 1 : 0;
                comma = false;
                semicolon = false;
                lines++;
            }
        }
        commaLines += comma ? 1 : 0;
        semicolonLines += semicolon ? 1 : 0;
        return semicolonLines > commaLines ? ';' : ',';
    }

    @Override
    public List<String> sheetNames() {
        return java.util.Collections.singletonList(null);
    }

    @Override
    public boolean date1904() {
        return false;
    }

    @Override
    public List<MergedRegion> mergedRegions(int sheet) {
        return List.of();
    }

    @Override
    public long sizeHint(int sheet) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void read(int sheet, int rowLimit, RowSink sink) throws UnreadableFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader reader = Files.newBufferedReader(path, charset);
             CSVParser parser = CSVParser.parse(skipBom(reader), format)) {
            int rowIndex = 0;
            for (CSVRecord record : parser) {
                if (rowIndex >= rowLimit) {
                    return;
                }
                CellValue[] cells = new CellValue[record.size()];
                boolean any = false;
                for (int c = 0; c < record.size(); c++) {
                    String v = record.get(c);
                    if (v != null && !v.isEmpty()) {
                        cells[c] = CellValue.text(c, v);
                        any = true;
                    }
                }
                if (any && !SinkFailure.deliver(sink, new SheetRow(rowIndex, cells))) {
                    return;
                }
                rowIndex++;
            }
        } catch (SinkFailure e) {
            throw e.sinkException();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("not a readable CSV file (" + problem(e) + ")", e);
        }
    }

    /**
     * Commons CSV's reason without the class name its iterator wraps it in ("…CSVException: …"), and
     * the commonest one, a quote that never closes, in plain words.
     */
    static String problem(Exception e) {
        Throwable reason = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = XlsxSource.plain(reason);
        Matcher unclosed = UNCLOSED_QUOTE.matcher(m);
        return unclosed.find() ? "a quote opened on line " + unclosed.group(1) + " never closes" : m;
    }

    private Reader skipBom(Reader reader) throws IOException {
        if (bom) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }
        return reader;
    }

    @Override
    public void close() {
        // nothing held open between reads
    }

}
