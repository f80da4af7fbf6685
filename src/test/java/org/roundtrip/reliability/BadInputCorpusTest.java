package org.roundtrip.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtrip.cli.Cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every file of the bad-input corpus through the real {@code summary --json} path and checks
 * the outcome DESIGN.md's contract gives it: exit status, a message naming the file (and sheet and
 * cell where there is one), no stack trace anywhere, the good rows still imported, and done within
 * 10 seconds. The time each case took is written to target/reliability/bad-input-corpus.md for
 * docs/reliability.md.
 *
 * <p>Run alone: {@code mvn -o -B test -Dtest='org.roundtrip.reliability.**'}
 */
class BadInputCorpusTest {

    /** The contract's bound for any one file. */
    private static final long MAX_MILLIS = 10_000;

    private static final String MARKER = "MARKER-c0ffee-7f3a";

    @TempDir
    static Path generated;

    private static final Map<String, Path> files = new ConcurrentHashMap<>();
    private static final List<String> table = new ArrayList<>();

    /** What one run of the command line gave. */
    record Outcome(int status, String out, String err, long millis) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode rejected(int i) {
            return json().get("rejected").get(i);
        }

        int deals() {
            return json().get("deals").asInt();
        }

        JsonNode company(String name) {
            for (JsonNode c : json().get("companies")) {
                if (c.get("name").asText().equals(name)) {
                    return c;
                }
            }
            throw new AssertionError("no company " + name + " in " + out);
        }
    }

    /**
     * One corpus case.
     *
     * @param files  the files, made when the case runs (generated ones are large)
     * @param extra  more arguments, such as {@code --password}
     * @param status the exit status it must get
     * @param check  what else must hold
     */
    record Case(String name, FileList files, List<String> extra, int status, Consumer<Outcome> check) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface FileList {
        List<Path> get() throws IOException;
    }

    static Stream<Case> corpus() {
        return Stream.of(
                unreadable("truncated .xlsx (half a zip)", "truncated.xlsx", "damaged workbook (Truncated ZIP file)"),
                new Case("zip with a garbage sheet part beside a good sheet", resources("garbage-part.xlsx"), List.of(), 0,
                        o -> {
                            assertThat(o.deals()).isEqualTo(2);
                            assertThat(o.rejected(0).get("sheet").asText()).isEqualTo("Revenues");
                            assertThat(o.rejected(0).get("cell").isNull()).isTrue();
                            assertThat(o.rejected(0).get("reason").asText()).startsWith("sheet \"Revenues\" is damaged");
                        }),
                unreadable("truncated .xls (half an OLE2 file)", "truncated.xls", "damaged workbook"),
                new Case(".xls renamed .xlsx (read by its content)", resources("xls-renamed.xlsx"), List.of(), 0,
                        BadInputCorpusTest::twoGoodDeals),
                new Case("CSV with a quote that never closes", resources("unterminated-quote.csv"), List.of(), 1,
                        o -> assertThat(o.err()).isEqualTo("unterminated-quote.csv: not a readable CSV file"
                                + " (a quote opened on line 3 never closes)\n")),
                unreadable("package without xl/workbook.xml", "no-workbook-xml.xlsx", "damaged workbook"),
                unreadable("PDF renamed .xlsx", "pdf-renamed.xlsx", "not a workbook (it looks like a PDF file)"),
                unreadable("PNG renamed .xlsx", "png-renamed.xlsx", "not a workbook (it looks like a PNG file)"),
                unreadable("text renamed .xlsx", "text-renamed.xlsx", "not a workbook"),
                unreadable("encrypted, no --password", BadInputs.ENCRYPTED, "encrypted: give its password with --password"),
                new Case("encrypted, wrong --password", resources(BadInputs.ENCRYPTED), List.of("--password", "nope"), 1,
                        o -> assertThat(o.err()).contains("the password given is wrong")),
                new Case("encrypted, right --password", resources(BadInputs.ENCRYPTED),
                        List.of("--password", BadInputs.PASSWORD), 0, BadInputCorpusTest::twoGoodDeals),
                new Case("zip bomb: 1 GiB of `<row><c/></row>` in 5 MB", () -> List.of(zipBomb()), List.of(), 1,
                        o -> assertThat(o.err()).startsWith("zip-bomb.xlsx: refused: sheet \"Deals\" would expand")
                                .contains("like a zip bomb")),
                new Case("zip bomb beside a good file", () -> List.of(zipBomb(), resource("same-deal-a.xlsx")), List.of(), 0,
                        o -> {
                            twoGoodDeals(o);
                            assertThat(o.rejected(0).get("file").asText()).isEqualTo("zip-bomb.xlsx");
                            assertThat(o.rejected(0).get("sheet").isNull()).isTrue();
                            assertThat(o.rejected(0).get("reason").asText()).contains("zip bomb");
                        }),
                new Case("2.6 million empty styled cells (100 rows to XFD, then 500,000 rows)",
                        () -> List.of(generate("styled-empty-cells.xlsx",
                                p -> BadInputs.emptyStyledCells(p, 500_000, 2))), List.of(), 0,
                        o -> {
                            twoGoodDeals(o);
                            assertThat(o.json().get("rejected")).isEmpty();
                            assertThat(o.json().get("warnings")).isEmpty();
                        }),
                new Case("1 MB of text in a payer cell", () -> List.of(generate("huge-text.xlsx",
                        p -> BadInputs.hugeText(p, 1 << 20))), List.of(), 0,
                        o -> {
                            twoGoodDeals(o);
                            JsonNode r = o.rejected(0);
                            assertThat(r.get("cell").asText()).isEqualTo("B3");
                            assertThat(r.get("value").asText()).hasSize(201).endsWith("…");
                            assertThat(r.get("reason").asText()).isEqualTo(
                                    "text of 1048576 characters, more than a cell can hold in Excel (32767)");
                            assertThat(o.out()).hasSizeLessThan(4000);
                        }),
                new Case("amount column at XFD, the 16,384th", resources("column-xfd.xlsx"), List.of(), 0,
                        o -> {
                            twoGoodDeals(o);
                            assertThat(o.rejected(0).get("cell").asText()).isEqualTo("XFD3");
                        }),
                new Case("a cell beyond XFD (ZZZZZZ2) on a second sheet", resources("beyond-xfd.xlsx"), List.of(), 0,
                        o -> {
                            twoGoodDeals(o);
                            assertThat(o.rejected(0).get("sheet").asText()).isEqualTo("Notes");
                            assertThat(o.rejected(0).get("reason").asText()).contains("ZZZZZZ2 lies beyond column XFD");
                        }),
                new Case("#REF!, #DIV/0! and a formula with no cached value", resources("formula-errors.xlsx"), List.of(), 0,
                        o -> {
                            twoGoodDeals(o);
                            assertThat(cells(o)).containsExactly("D3", "D4", "D5");
                            assertThat(o.rejected(0).get("value").asText()).isEqualTo("#REF!");
                            assertThat(o.rejected(1).get("value").asText()).isEqualTo("#DIV/0!");
                            assertThat(o.rejected(2).get("reason").asText()).contains("no saved result");
                        }),
                new Case("dates 1899-12-31, 9999-12-31, serials 0, -1, 3000000", resources("dates-out-of-range.xlsx"),
                        List.of(), 0,
                        o -> {
                            assertThat(o.deals()).isEqualTo(3);
                            assertThat(cells(o)).containsExactly("A3", "A5", "A6", "A7");
                            assertThat(o.rejected(0).get("reason").asText()).contains("before 1900-01-01");
                        }),
                new Case("negative amounts (-6.3, \"-5 bn\") and a zero amount", resources("negative-and-zero-amounts.xlsx"),
                        List.of(), 0,
                        o -> {
                            assertThat(o.deals()).isEqualTo(3);
                            assertThat(cells(o)).containsExactly("D3", "D4");
                            assertThat(o.rejected(0).get("reason").asText()).isEqualTo("negative amount");
                            assertThat(o.company("Intel").get("outgoingUsd").asDouble()).isZero();
                        }),
                new Case("a company paying itself (Nvidia → NVIDIA Corp)", resources("company-pays-itself.xlsx"), List.of(), 0,
                        o -> {
                            assertThat(o.deals()).isEqualTo(3);
                            assertThat(o.json().get("counted").asInt()).isEqualTo(3);
                            JsonNode w = o.json().get("warnings").get(0);
                            assertThat(w.get("cell").asText()).isEqualTo("C3");
                            assertThat(w.get("message").asText()).contains("pays itself");
                            assertThat(o.company("Nvidia").get("outgoingUsd").asDouble()).isEqualTo(1.0e11);
                        }),
                new Case("the same deals in two files", resources("same-deal-a.xlsx", "same-deal-b.xlsx"), List.of(), 0,
                        o -> {
                            twoGoodDeals(o);
                            JsonNode w = o.json().get("warnings");
                            assertThat(w).hasSize(2);
                            assertThat(w.get(0).get("file").asText()).isEqualTo("same-deal-b.xlsx");
                            assertThat(w.get(0).get("cell").asText()).isEqualTo("B2");
                            assertThat(w.get(0).get("message").asText()).contains("same-deal-a.xlsx › Deals!B2");
                        }),
                new Case("CSV in Windows-1252", resources("windows-1252.csv"), List.of(), 0,
                        o -> {
                            assertThat(o.deals()).isEqualTo(2);
                            assertThat(o.company("Société Générale").get("outgoingUsd").asDouble()).isEqualTo(1.0e9);
                            assertThat(o.rejected(0).get("sheet").isNull()).isTrue();
                            assertThat(o.rejected(0).get("cell").asText()).isEqualTo("D3");
                        }),
                new Case("CSV with semicolons and decimal commas", resources("semicolons.csv"), List.of(), 0,
                        o -> {
                            assertThat(o.deals()).isEqualTo(2);
                            assertThat(o.company("CoreWeave").get("incomingUsd").asDouble()).isEqualTo(6.3e9);
                            assertThat(cells(o)).containsExactly("C4");
                        }),
                externalLink(),
                new Case(".xlsm with a macro project", resources("macros.xlsm"), List.of(), 0, BadInputCorpusTest::twoGoodDeals),
                new Case("a folder named .xlsx", () -> List.of(Files.createDirectories(generated.resolve("folder.xlsx"))),
                        List.of(), 1, o -> assertThat(o.err()).isEqualTo("folder.xlsx: is a folder, not a workbook\n")),
                new Case("a file that does not exist", () -> List.of(generated.resolve("nowhere.xlsx")), List.of(), 1,
                        o -> assertThat(o.err()).isEqualTo("nowhere.xlsx: file not found\n")),
                unreadable("empty .xlsx (0 bytes)", "empty.xlsx", "the file is empty (0 bytes)"),
                new Case("empty .csv (0 bytes)", resources("empty.csv"), List.of(), 0,
                        o -> {
                            assertThat(o.deals()).isZero();
                            assertThat(o.json().get("warnings")).singleElement().satisfies(w -> {
                                assertThat(w.get("file").asText()).isEqualTo("empty.csv");
                                assertThat(w.get("sheet").isNull()).isTrue();
                            });
                        }),
                new Case("XXE: sheet XML declaring an external entity", () -> {
                            Path marker = marker();
                            return List.of(generate("xxe-sheet.xlsx", p -> BadInputs.xxeInSheet(p, marker)));
                        }, List.of(), 1,
                        o -> assertThat(o.err()).isEqualTo("xxe-sheet.xlsx: sheet \"Deals\" refused: it declares a DTD,"
                                + " which no workbook needs (external entities are never read)\n")),
                new Case("XXE: shared strings declaring an external entity", () -> {
                            Path marker = marker();
                            return List.of(generate("xxe-strings.xlsx", p -> BadInputs.xxeInSharedStrings(p, marker)));
                        }, List.of(), 1,
                        o -> assertThat(o.err()).isEqualTo("xxe-strings.xlsx: refused: it declares a DTD,"
                                + " which no workbook needs (external entities are never read)\n")),
                new Case("billion laughs (nested entities)", () -> List.of(generate("billion-laughs.xlsx",
                        BadInputs::billionLaughs)), List.of(), 1,
                        o -> assertThat(o.err()).contains("refused: it declares a DTD")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyFileGetsAnImportOrAClearMessage(Case c) throws IOException {
        List<Path> paths = c.files().get();
        List<String> args = new ArrayList<>();
        args.add("summary");
        paths.forEach(p -> args.add(p.toString()));
        args.add("--json");
        args.addAll(c.extra());
        Outcome o = run(args);
        record(c, o);

        assertThat(o.millis()).as("finished within 10 s").isLessThan(MAX_MILLIS);
        assertThat(o.out() + o.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Caused by")
                .doesNotContain(MARKER)
                // a NullPointerException's own message is no message for a user either
                .doesNotContain("Cannot invoke").doesNotContain("is null");
        assertThat(o.status()).as(o.err()).isEqualTo(c.status());
        if (o.status() == 1) {
            assertThat(o.out()).isEmpty();
            List<String> lines = o.err().lines().toList();
            assertThat(lines).hasSize(paths.size());
            for (int i = 0; i < paths.size(); i++) {
                assertThat(lines.get(i)).startsWith(paths.get(i).getFileName() + ": ");
            }
        } else {
            assertThat(o.err()).isEmpty();
            for (JsonNode issue : o.json().get("rejected")) {
                assertThat(issue.get("file").asText()).isNotBlank();
                assertThat(issue.get("reason").asText()).isNotBlank().doesNotContain("\n");
            }
        }
        c.check().accept(o);
    }

    @AfterAll
    static void writeTable() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "reliability")).resolve("bad-input-corpus.md");
        List<String> lines = new ArrayList<>();
        lines.add("| case | exit | message | ms |");
        lines.add("|---|---|---|---|");
        synchronized (table) {
            lines.addAll(table);
        }
        Files.write(out, lines);
    }

    private static void record(Case c, Outcome o) {
        String message;
        if (o.status() != 0) {
            message = o.err().strip().replace("\n", " / ");
        } else {
            JsonNode j = o.json();
            List<String> parts = new ArrayList<>();
            parts.add(j.get("deals").asInt() + " deals");
            for (JsonNode r : j.get("rejected")) {
                parts.add("rejected " + where(r) + ": " + r.get("reason").asText());
            }
            for (JsonNode w : j.get("warnings")) {
                parts.add("warning " + where(w) + ": " + w.get("message").asText());
            }
            message = String.join("; ", parts);
        }
        synchronized (table) {
            table.add("| " + c.name() + " | " + o.status() + " | " + message.replace("|", "\\|") + " | " + o.millis() + " |");
        }
    }

    private static String where(JsonNode issue) {
        StringBuilder sb = new StringBuilder(issue.get("file").asText());
        if (!issue.get("sheet").isNull()) {
            sb.append(" › ").append(issue.get("sheet").asText());
        }
        if (!issue.get("cell").isNull()) {
            sb.append(" › ").append(issue.get("cell").asText());
        }
        return sb.toString();
    }

    static Outcome run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(status, out.toString(), err.toString(), millis);
    }

    // ---- cases and files ----

    private static Case unreadable(String name, String file, String reason) {
        return new Case(name, resources(file), List.of(), 1,
                o -> assertThat(o.err()).startsWith(file + ": " + reason));
    }

    /** An external link to a local port that records any connection: it must never be followed. */
    private static Case externalLink() {
        ServerSocket[] listener = new ServerSocket[1];
        return new Case("external link (to a listening local port)", () -> {
            listener[0] = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            String target = "http://127.0.0.1:" + listener[0].getLocalPort() + "/linked.xlsx";
            return List.of(BadInputs.externalLink(generated.resolve("external-link.xlsx"), target));
        }, List.of(), 0, o -> {
            assertThat(o.deals()).isEqualTo(3);
            assertThat(o.company("AMD").get("outgoingUsd").asDouble()).as("the cached value").isEqualTo(1.0e10);
            try (ServerSocket s = listener[0]) {
                s.setSoTimeout(200);
                s.accept().close();
                throw new AssertionError("the external link was followed");
            } catch (SocketTimeoutException expected) {
                // nobody connected
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void twoGoodDeals(Outcome o) {
        assertThat(o.deals()).isEqualTo(2);
        assertThat(o.company("Nvidia").get("outgoingUsd").asDouble()).isEqualTo(1.0e11);
        assertThat(o.company("OpenAI").get("outgoingUsd").asDouble()).isEqualTo(3.0e11);
    }

    private static List<String> cells(Outcome o) {
        List<String> cells = new ArrayList<>();
        o.json().get("rejected").forEach(r -> cells.add(r.get("cell").asText()));
        return cells;
    }

    private static FileList resources(String... names) {
        return () -> Stream.of(names).map(BadInputCorpusTest::resource).toList();
    }

    private static Path resource(String name) {
        URL url = BadInputCorpusTest.class.getResource("/bad-inputs/" + name);
        assertThat(url).as("src/test/resources/bad-inputs/" + name + " (run BadInputs.main)").isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface Generator {
        Path write(Path file) throws IOException;
    }

    /** Writes a generated file once per run. */
    private static Path generate(String name, Generator generator) {
        return files.computeIfAbsent(name, n -> {
            try {
                return generator.write(generated.resolve(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path zipBomb() {
        return generate("zip-bomb.xlsx", p -> BadInputs.zipBomb(p, 1));
    }

    private static Path marker() {
        return generate("secret.txt", p -> Files.writeString(p, MARKER));
    }
}
