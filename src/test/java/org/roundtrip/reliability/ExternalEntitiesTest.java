package org.roundtrip.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;
import org.roundtrip.ingest.RawXlsx;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ingest.RawXlsx.dealsHeader;
import static org.roundtrip.ingest.RawXlsx.row;
import static org.roundtrip.ingest.RawXlsx.text;

/**
 * XML parsing is safe against external entities: a sheet or a shared strings part that declares
 * entities reading a local file and a local port is refused, neither is ever read, and nothing of
 * the file reaches the output. The sheet XML goes through our StAX reader, the shared strings
 * through POI's own parser: both are checked.
 */
class ExternalEntitiesTest {

    private static final String MARKER = "MARKER-9b1d-local-secret";

    @TempDir
    Path dir;

    private String doctype(String root, Path secret, int port) {
        return "<!DOCTYPE " + root + " [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + port + "/entity\">]>";
    }

    @Test
    void aSheetsExternalEntitiesAreNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String rows = dealsHeader() + row(2, RawXlsx.date("A2", BadInputs.DAY_1),
                    "<c r=\"B2\" t=\"inlineStr\"><is><t>&file;</t></is></c>",
                    "<c r=\"C2\" t=\"inlineStr\"><is><t>&net;</t></is></c>", RawXlsx.number("D2", 1));
            String xml = RawXlsx.sheetXml(doctype("worksheet", secret, listener.getLocalPort()), rows);
            Path file = RawXlsx.create().sheetPart("Deals", out -> out.write(xml.getBytes(StandardCharsets.UTF_8)))
                    .write(dir.resolve("xxe-sheet.xlsx"));
            assertRefusedAndNeverRead(file, listener);
        }
    }

    @Test
    void sharedStringsExternalEntitiesAreNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + doctype("sst", secret, listener.getLocalPort())
                    + "<sst xmlns=\"" + RawXlsx.MAIN + "\" count=\"2\" uniqueCount=\"2\">"
                    + "<si><t>&file;</t></si><si><t>&net;</t></si></sst>";
            Path file = RawXlsx.create().sheet("Deals", dealsHeader(),
                            row(2, RawXlsx.date("A2", BadInputs.DAY_1), "<c r=\"B2\" t=\"s\"><v>0</v></c>",
                                    "<c r=\"C2\" t=\"s\"><v>1</v></c>", RawXlsx.number("D2", 1)),
                            row(3, text("A3", "note")))
                    .sharedStrings(strings).write(dir.resolve("xxe-strings.xlsx"));
            assertRefusedAndNeverRead(file, listener);
        }
    }

    private static void assertRefusedAndNeverRead(Path file, ServerSocket listener) throws IOException {
        long start = System.nanoTime();
        ImportResult r = Importer.importFiles(List.of(file), ImportOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("no hang").isLessThan(10_000);
        assertThat(r.nothingRead()).isTrue();
        assertThat(r.unreadable().get(0).reason()).contains("DTD");
        assertThat(r.dataset().toString() + r.dataset().issues() + r.unreadable()).doesNotContain(MARKER);
        BadInputCorpusTest.Outcome o = BadInputCorpusTest.run(List.of("summary", file.toString(), "--json"));
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.out() + o.err()).doesNotContain(MARKER).doesNotContain("Exception");
        listener.setSoTimeout(200);
        try {
            listener.accept().close();
            throw new AssertionError("an external entity was fetched over the network");
        } catch (SocketTimeoutException expected) {
            // nobody connected
        }
    }
}
