package org.roundtrip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.roundtrip.cli.SampleCopies.SAMPLE;
import static org.roundtrip.cli.SummaryCommandTest.run;

/** {@code import}, {@code changes} and a workspace standing for FILE..., on the sample and next month's copy. */
class WorkspaceCommandsTest {

    @TempDir
    Path dir;

    private int importsIn(Path ws) throws Exception {
        try (Workspace w = Workspace.openExisting(ws)) {
            return w.imports().size();
        }
    }

    @Test
    void summaryOfAWorkspaceIsByteForByteTheSummaryOfItsFiles() {
        Path ws = dir.resolve("ws.roundtrip");
        SummaryCommandTest.Run imported = run("import", SAMPLE.toString(), "--into", ws.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).startsWith("Saved import 1 in ws.roundtrip: 1 file(s), 17 deal(s).");
        for (String[] options : List.of(new String[] {"--json"}, new String[] {"--json", "--include-talks"},
                new String[] {})) {
            SummaryCommandTest.Run fromFiles = run(concat("summary", SAMPLE.toString(), options));
            SummaryCommandTest.Run fromWorkspace = run(concat("summary", ws.toString(), options));
            assertThat(fromWorkspace.status()).isZero();
            assertThat(fromWorkspace.err()).isEmpty();
            assertThat(fromWorkspace.out()).isEqualTo(fromFiles.out());
        }
    }

    @Test
    void importingNextMonthsCopyReportsExactlyTheChangesMade() throws Exception {
        Path ws = dir.resolve("ws.roundtrip");
        Path copy = SampleCopies.nextMonth(dir.resolve("ai-circular-financing-december.xlsx"));
        assertThat(run("import", SAMPLE.toString(), "--into", ws.toString()).status()).isZero();
        assertThat(run("import", copy.toString(), "--into", ws.toString()).status()).isZero();

        SummaryCommandTest.Run r = run("changes", ws.toString(), "--json");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = r.json();
        assertThat(j.fieldNames()).toIterable().containsExactly("latest", "previous", "added", "removed", "changed",
                "companies", "message");
        assertThat(j.get("latest").get("id").asInt()).isEqualTo(2);
        assertThat(j.get("latest").get("files").get(0).get("name").asText()).isEqualTo(copy.getFileName().toString());
        assertThat(j.get("previous").get("id").asInt()).isEqualTo(1);
        assertThat(j.get("message").isNull()).isTrue();

        JsonNode added = j.get("added");
        assertThat(added).hasSize(1);
        assertThat(added.get(0).get("date").asText()).isEqualTo("2026-01-15");
        assertThat(added.get(0).get("payer").asText()).isEqualTo("Amazon");
        assertThat(added.get(0).get("recipient").asText()).isEqualTo("OpenAI");
        assertThat(added.get(0).get("amountUsd").asDouble()).isEqualTo(1.0e10);
        assertThat(added.get(0).get("termYears").isNull()).isTrue();
        assertThat(added.get(0).fieldNames()).toIterable().containsExactly("date", "payer", "recipient", "amountUsd",
                "amountText", "currency", "type", "termYears", "status", "source", "note", "file", "sheet", "row");

        JsonNode removed = j.get("removed");
        assertThat(removed).hasSize(1);
        assertThat(removed.get(0).get("payer").asText()).isEqualTo("Meta");
        assertThat(removed.get(0).get("recipient").asText()).isEqualTo("Scale AI");
        assertThat(removed.get(0).get("date").asText()).isEqualTo("2025-06-12");

        JsonNode changed = j.get("changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("payer").asText()).isEqualTo("OpenAI");
        assertThat(changed.get(0).get("recipient").asText()).isEqualTo("Oracle");
        JsonNode fields = changed.get(0).get("fields");
        // The amount cell is a number: its figure is the amount, so only amountUsd moves.
        assertThat(fields).hasSize(1);
        assertThat(fields.get(0).get("field").asText()).isEqualTo("amountUsd");
        assertThat(fields.get(0).get("old").asDouble()).isEqualTo(3.0e11);
        assertThat(fields.get(0).get("new").asDouble()).isEqualTo(3.5e11);

        List<String> moved = new ArrayList<>();
        for (JsonNode c : j.get("companies")) {
            assertThat(c.fieldNames()).toIterable().containsExactly("name", "oldRatio", "newRatio", "oldAnnualRatio",
                    "newAnnualRatio");
            if (!c.get("oldRatio").equals(c.get("newRatio")) || !c.get("oldAnnualRatio").equals(c.get("newAnnualRatio"))) {
                moved.add(c.get("name").asText());
            }
            if (c.get("name").asText().equals("OpenAI")) {
                assertThat(c.get("oldRatio").asDouble()).isCloseTo(35.78, within(0.005));
                assertThat(c.get("newRatio").asDouble()).isCloseTo((322 + 50) / 9.0, within(1e-9));
            }
        }
        assertThat(moved).containsExactly("Amazon", "Meta", "OpenAI");

        SummaryCommandTest.Run text = run("changes", ws.toString());
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("Added (1)").contains("Amazon → OpenAI").contains("Removed (1)")
                .contains("Meta → Scale AI").contains("Changed (1)").contains("300.0 bn → 350.0 bn");
    }

    @Test
    void reimportingUnchangedFilesSaysSoAndAddsNothing() throws Exception {
        Path ws = dir.resolve("ws.roundtrip");
        Path copy = Files.copy(SAMPLE, dir.resolve("renamed.xlsx"));
        assertThat(run("import", SAMPLE.toString(), "--into", ws.toString()).status()).isZero();
        SummaryCommandTest.Run again = run("import", copy.toString(), "--into", ws.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).startsWith("Unchanged: every file's SHA-256 equals import 1 of ws.roundtrip")
                .contains("nothing added");
        assertThat(importsIn(ws)).isEqualTo(1);
    }

    @Test
    void changesWithOneImportSaysThereIsNothingToCompare() throws Exception {
        Path ws = dir.resolve("ws.roundtrip");
        run("import", SAMPLE.toString(), "--into", ws.toString());
        SummaryCommandTest.Run r = run("changes", ws.toString(), "--json");
        assertThat(r.status()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("latest").get("id").asInt()).isEqualTo(1);
        assertThat(j.get("previous").isNull()).isTrue();
        assertThat(j.get("added")).isEmpty();
        assertThat(j.get("companies")).isEmpty();
        assertThat(j.get("message").asText()).isEqualTo("ws.roundtrip holds one import: nothing to compare yet");
    }

    @Test
    void unreadableFilesAddNothingAndLeaveNoWorkspaceBehind() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "nope");
        Path ws = dir.resolve("ws.roundtrip");
        SummaryCommandTest.Run r = run("import", fake.toString(), "--into", ws.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(ws).doesNotExist();
    }

    @Test
    void aFileThatIsNoWorkspaceIsOneLineOnStderrAndExitOne() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.roundtrip"), "just notes");
        for (String command : List.of("summary", "changes")) {
            SummaryCommandTest.Run r = run(command, notes.toString(), "--json");
            assertThat(r.status()).as(command).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("notes.roundtrip is not a Roundtrip workspace (not an SQLite database)"
                    + System.lineSeparator());
        }
        SummaryCommandTest.Run missing = run("changes", dir.resolve("missing.roundtrip").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).startsWith("missing.roundtrip: no such workspace");
        assertThat(dir.resolve("missing.roundtrip")).doesNotExist();
        SummaryCommandTest.Run into = run("import", SAMPLE.toString(), "--into", notes.toString());
        assertThat(into.status()).isEqualTo(1);
        assertThat(into.err().lines()).hasSize(1);
        assertThat(Files.readString(notes)).isEqualTo("just notes");
    }

    @Test
    void usageErrorsExitTwo() {
        Path ws = dir.resolve("ws.roundtrip");
        assertThat(run("summary", ws.toString(), SAMPLE.toString()).status()).isEqualTo(2);
        assertThat(run("import", SAMPLE.toString()).status()).isEqualTo(2);
        assertThat(run("import", SAMPLE.toString(), "--into", "ws.xlsx").status()).isEqualTo(2);
        assertThat(run("import", ws.toString(), "--into", ws.toString()).status()).isEqualTo(2);
        assertThat(run("changes", SAMPLE.toString()).status()).isEqualTo(2);
        assertThat(run("changes").status()).isEqualTo(2);
    }

    private static String[] concat(String command, String file, String[] options) {
        String[] all = new String[options.length + 2];
        all[0] = command;
        all[1] = file;
        System.arraycopy(options, 0, all, 2, options.length);
        return all;
    }
}
