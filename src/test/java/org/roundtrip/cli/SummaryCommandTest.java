package org.roundtrip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.TestWorkbooks;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ingest.TestWorkbooks.row;

class SummaryCommandTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path circle() {
        return TestWorkbooks.create().sheet("Deals",
                row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status", "Term"),
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "announced", null),
                row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, "signed", 5),
                row(LocalDate.of(2025, 5, 23), "Oracle", "Nvidia", 40, "announced", null),
                row(LocalDate.of(2026, 2, 2), "Nvidia", "OpenAI", "up to 30", "talks", null),
                row(LocalDate.of(2025, 9, 23), "Nvidia", "OpenAI", "abc", "signed", null))
                .sheet("Revenues",
                        row("Company", "Period", "Amount (USD bn)"),
                        row("OpenAI", "H1 2025", 4.5))
                .writeXlsx(dir.resolve("circle.xlsx"));
    }

    @Test
    void jsonHasEveryKeyOfTheContract() throws Exception {
        Run r = run("summary", circle().toString(), "--json");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = r.json();
        assertThat(j.fieldNames()).toIterable().contains("deals", "counted", "companies", "cycles",
                "cyclesTruncated", "reactions", "warnings", "rejected");
        assertThat(j.get("deals").asInt()).isEqualTo(4);
        assertThat(j.get("counted").asInt()).isEqualTo(3);
        JsonNode openai = j.get("companies").get(1);
        assertThat(openai.get("name").asText()).isEqualTo("OpenAI");
        assertThat(openai.get("outgoingUsd").asDouble()).isEqualTo(3.0e11);
        assertThat(openai.get("annualOutgoingUsd").asDouble()).isEqualTo(6.0e10);
        assertThat(openai.get("annualRevenueUsd").asDouble()).isEqualTo(9.0e9);
        assertThat(openai.get("ratio").asDouble()).isCloseTo(33.333, org.assertj.core.data.Offset.offset(0.001));
        JsonNode nvidia = j.get("companies").get(0);
        assertThat(nvidia.get("ratio").isNull()).isTrue();
        assertThat(nvidia.get("annualRevenueUsd").isNull()).isTrue();
        JsonNode cycle = j.get("cycles").get(0);
        assertThat(cycle.get("path").toString()).isEqualTo("[\"Nvidia\",\"OpenAI\",\"Oracle\",\"Nvidia\"]");
        assertThat(cycle.get("circulatingUsd").asDouble()).isEqualTo(4.0e10);
        assertThat(j.get("cyclesTruncated").asBoolean()).isFalse();
        JsonNode rejected = j.get("rejected").get(0);
        assertThat(rejected.get("file").asText()).isEqualTo("circle.xlsx");
        assertThat(rejected.get("sheet").asText()).isEqualTo("Deals");
        assertThat(rejected.get("cell").asText()).isEqualTo("D6");
        assertThat(rejected.get("value").asText()).isEqualTo("abc");
        assertThat(rejected.get("reason").asText()).isNotBlank();
    }

    @Test
    void includeTalksCountsTalks() throws Exception {
        JsonNode j = run("summary", circle().toString(), "--json", "--include-talks").json();
        assertThat(j.get("counted").asInt()).isEqualTo(4);
        assertThat(j.get("companies").get(0).get("outgoingUsd").asDouble()).isEqualTo(1.3e11);
    }

    @Test
    void maxCyclesZeroReportsTruncation() throws Exception {
        JsonNode j = run("summary", circle().toString(), "--json", "--max-cycles", "0").json();
        assertThat(j.get("cycles")).isEmpty();
        assertThat(j.get("cyclesTruncated").asBoolean()).isTrue();
    }

    @Test
    void theTableNamesCompaniesCyclesAndIssues() {
        Run r = run("summary", circle().toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("OpenAI").contains("Nvidia → OpenAI → Oracle → Nvidia").contains("D6");
    }

    @Test
    void noReadableFileExitsOneWithOneLinePerFileAndNothingOnStdout() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "nope");
        Run r = run("summary", fake.toString(), dir.resolve("missing.xlsx").toString(), "--json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err()).contains("fake.xlsx").contains("missing.xlsx").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnreadableFileBesideAGoodOneIsARejectedEntry() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "nope");
        Run r = run("summary", circle().toString(), fake.toString(), "--json");
        assertThat(r.status()).isZero();
        JsonNode last = r.json().get("rejected").get(1);
        assertThat(last.get("file").asText()).isEqualTo("fake.xlsx");
        assertThat(last.get("sheet").isNull()).isTrue();
        assertThat(last.get("cell").isNull()).isTrue();
        assertThat(last.get("value").isNull()).isTrue();
    }

    @Test
    void anEmptyWorkbookIsReadWithItsWarning() throws Exception {
        Path empty = TestWorkbooks.create().sheet("Sheet1").writeXlsx(dir.resolve("empty.xlsx"));
        Run r = run("summary", empty.toString(), "--json");
        assertThat(r.status()).isZero();
        JsonNode w = r.json().get("warnings");
        assertThat(w).hasSize(1);
        assertThat(w.get(0).get("sheet").isNull()).isTrue();
        assertThat(w.get(0).get("cell").isNull()).isTrue();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("summary").status()).isEqualTo(2);
        assertThat(run("summary", "x.xlsx", "--max-cycles", "many").status()).isEqualTo(2);
        assertThat(run("summary", "x.xlsx", "--max-cycle-length", "1").status()).isEqualTo(2);
        assertThat(run("summary", "x.xlsx", "--bogus").status()).isEqualTo(2);
    }
}
