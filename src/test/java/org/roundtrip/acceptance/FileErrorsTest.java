package org.roundtrip.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertReactions;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertTruncated;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.unreadable;
import static org.roundtrip.acceptance.SummaryAssert.warning;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Files that cannot be read, workbooks with nothing to read, and usage errors. */
class FileErrorsTest {

    @TempDir
    Path dir;

    private Path good() throws Exception {
        return MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .write(dir.resolve("good.xlsx"));
    }

    private Path broken() throws Exception {
        Path file = dir.resolve("in").resolve("broken.xlsx");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "this is not a workbook, just text saved as .xlsx", StandardCharsets.UTF_8);
    }

    private Path missing() {
        return dir.resolve("missing.xlsx");
    }

    @Test
    void unreadableFilesBesideAGoodOneAreRejectedEntriesAndTheRunSucceeds() throws Exception {
        JsonNode json = Summary.json(List.of(good(), broken(), missing()));

        assertCounts(json, 1, 1);
        assertFigures(json, "OpenAI", flows(0, 100e9, 0));
        assertWarnings(json);
        assertRejected(json, unreadable("broken.xlsx"), unreadable("missing.xlsx"));
    }

    @Test
    void onlyUnreadableFilesExitOneWithOneStderrLineEach() throws Exception {
        Path notAWorkbook = Files.writeString(dir.resolve("notes.txt"), "Date,Payer,Recipient\n");

        Summary.Result result = Summary.runJson(List.of(broken(), missing(), notAWorkbook));

        assertThat(result.status()).as("exit status").isEqualTo(1);
        assertThat(result.out()).as("stdout").isEmpty();
        List<String> lines = result.err().strip().lines().toList();
        // reading: the lines come in command-line order
        assertThat(lines).as("stderr lines").hasSize(3);
        assertThat(lines.get(0)).contains("broken.xlsx");
        assertThat(lines.get(1)).contains("missing.xlsx");
        assertThat(lines.get(2)).contains("notes.txt");
        assertThat(result.err()).as("no stack trace").doesNotContain("\tat ");
    }

    @Test
    void workbookWithNoRecognisedSheetIsReadWithOneWarning() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Notes")
                .row("Minutes of the board meeting")
                .row("Nothing was decided.")
                .sheet("Figures")
                .row("Quarter", "Headcount")
                .row("Q1", 120)
                .write(dir.resolve("notes.xlsx"));

        JsonNode json = Summary.json(file);

        assertEmpty(json);
        assertWarnings(json, warning("notes.xlsx", null, null));
        assertRejected(json);
    }

    @Test
    void emptyWorkbookIsReadWithOneWarning() throws Exception {
        Path file = MessyBook.xlsx().sheet("Sheet1").write(dir.resolve("empty.xlsx"));

        JsonNode json = Summary.json(file);

        assertEmpty(json);
        assertWarnings(json, warning("empty.xlsx", null, null));
        assertRejected(json);
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        String good = good().toString();
        assertThat(Summary.run("summary", "--json").status()).as("no file").isEqualTo(2);
        assertThat(Summary.run("summary", good, "--json", "--max-cycles", "abc").status())
                .as("--max-cycles abc").isEqualTo(2);
        assertThat(Summary.run("summary", good, "--json", "--max-cycle-length").status())
                .as("--max-cycle-length without its value").isEqualTo(2);
        assertThat(Summary.run("summary", good, "--json", "--bogus").status()).as("unknown option").isEqualTo(2);
    }

    private static void assertEmpty(JsonNode json) {
        assertCounts(json, 0, 0);
        assertCompanyNames(json);
        assertCycles(json);
        assertTruncated(json, false);
        assertReactions(json);
    }

    @Test
    void headerBelowTheTopTwentyRowsIsNotFound() throws Exception {
        MessyBook book = MessyBook.xlsx().sheet("Deals");
        for (int i = 1; i <= 20; i++) {
            book.row("Preamble line " + i);
        }
        Path file = book
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")          // row 21
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .write(dir.resolve("deep.xlsx"));

        JsonNode json = Summary.json(file);

        assertEmpty(json);
        assertWarnings(json, warning("deep.xlsx", null, null));
        assertRejected(json);
    }
}
