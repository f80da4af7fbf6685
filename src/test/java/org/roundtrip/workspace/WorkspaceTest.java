package org.roundtrip.workspace;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {

    static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");

    private static Dataset sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSample() {
        sample = Importer.importFiles(List.of(SAMPLE), ImportOptions.defaults()).dataset();
    }

    @Test
    void theSampleComesBackEqualWithoutItsFile() throws Exception {
        Path ws = dir.resolve("ws.roundtrip");
        try (Workspace w = Workspace.open(ws)) {
            w.addImport(List.of(SAMPLE), sample, "{\"Deals\":{\"A\":\"date\"}}");
        }
        try (Workspace w = Workspace.openExisting(ws)) {
            Datasets.assertSame(w.latestImport().orElseThrow(), sample);
            assertThat(sample.deals()).anyMatch(d -> !d.isDisclosed()); // NaN amounts survive too
            assertThat(w.imports().get(0).mappingJson()).isEqualTo("{\"Deals\":{\"A\":\"date\"}}");
        }
    }

    @Test
    void aNewWorkspaceIsEmptyAndMarkedAsOurs() throws Exception {
        Path ws = dir.resolve("new.roundtrip");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.imports()).isEmpty();
            assertThat(w.latestImport()).isEmpty();
            assertThat(w.previousImport()).isEmpty();
            assertThat(w.schemaVersion()).isEqualTo(Workspace.SCHEMA_VERSION);
        }
        assertThat(pragma(ws, "application_id")).isEqualTo(0x52545250);
        assertThat(pragma(ws, "user_version")).isEqualTo(Workspace.SCHEMA_VERSION);
        assertThat(dir.resolve("new.roundtrip-journal")).doesNotExist();
        assertThat(dir.resolve("new.roundtrip-wal")).doesNotExist();
    }

    @Test
    void importsAreKeptOldestFirstWithTheirFilesHashes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "abc", StandardCharsets.US_ASCII);
        Path b = Files.writeString(dir.resolve("b.csv"), "", StandardCharsets.US_ASCII);
        try (Workspace w = Workspace.open(dir.resolve("ws.roundtrip"))) {
            ImportRecord first = w.addImport(List.of(a, b), Dataset.empty(), null);
            ImportRecord second = w.addImport(List.of(SAMPLE), sample, null);
            assertThat(w.imports()).containsExactly(first, second);
            assertThat(second.id()).isGreaterThan(first.id());
            assertThat(first.files()).containsExactly(
                    new ImportedFile("a.csv", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 3),
                    new ImportedFile("b.csv", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0));
            assertThat(first.mappingJson()).isNull();
            Datasets.assertSame(w.previousImport().orElseThrow(), Dataset.empty());
            Datasets.assertSame(w.latestImport().orElseThrow(), sample);
            Datasets.assertSame(w.dataset(first.id()), Dataset.empty());
        }
    }

    @Test
    void matchesLatestComparesEachFilesBytesInOrder() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "one");
        Path b = Files.writeString(dir.resolve("b.csv"), "two");
        Path renamedA = Files.writeString(dir.resolve("a-copy.csv"), "one");
        try (Workspace w = Workspace.open(dir.resolve("ws.roundtrip"))) {
            assertThat(w.matchesLatest(List.of(a, b))).isFalse();
            w.addImport(List.of(a, b), Dataset.empty(), null);
            assertThat(w.matchesLatest(List.of(a, b))).isTrue();
            assertThat(w.matchesLatest(List.of(renamedA, b))).isTrue();
            assertThat(w.matchesLatest(List.of(b, a))).isFalse();
            assertThat(w.matchesLatest(List.of(a))).isFalse();
            Files.writeString(b, "two, changed");
            assertThat(w.matchesLatest(List.of(a, b))).isFalse();
        }
    }

    @Test
    void aTextFileIsRefusedInOneLineAndLeftAsItWas() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.roundtrip"), "not a database, just notes\n".repeat(40));
        byte[] before = Files.readAllBytes(notes);
        assertThatThrownBy(() -> Workspace.open(notes))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("notes.roundtrip is not a Roundtrip workspace (not an SQLite database)");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path other = dir.resolve("other.roundtrip");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> Workspace.open(other))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("other.roundtrip is not a Roundtrip workspace (an SQLite database of another application)");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aWorkspaceFromANewerRoundtripIsRefused() throws Exception {
        Path ws = dir.resolve("future.roundtrip");
        Workspace.open(ws).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Workspace.SCHEMA_VERSION + 1));
        }
        assertThatThrownBy(() -> Workspace.open(ws))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("future.roundtrip was saved by a newer Roundtrip");
    }

    @Test
    void openExistingNeverCreates() {
        Path missing = dir.resolve("missing.roundtrip");
        assertThatThrownBy(() -> Workspace.openExisting(missing))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("missing.roundtrip: no such workspace");
        assertThat(missing).doesNotExist();
    }

    @Test
    void anEmptyFileBecomesAWorkspace() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.roundtrip"));
        try (Workspace w = Workspace.open(empty)) {
            assertThat(w.imports()).isEmpty();
        }
        assertThat(pragma(empty, "application_id")).isEqualTo(0x52545250);
    }

    @Test
    void anUnreadableInputFileSavesNothing() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("ws.roundtrip"))) {
            assertThatThrownBy(() -> w.addImport(List.of(dir.resolve("gone.xlsx")), sample, null))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("gone.xlsx: no such file");
            assertThat(w.imports()).isEmpty();
        }
    }

    @Test
    void aSaveThatFailsHalfWayLeavesNoTrace() throws Exception {
        Path ws = dir.resolve("ws.roundtrip");
        Workspace.open(ws).close();
        // Issues are written last: by then the deals, revenues, companies and prices are in the transaction.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER full_disk BEFORE INSERT ON issue BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        }
        assertThat(sample.issues()).isNotEmpty();
        try (Workspace w = Workspace.open(ws)) {
            assertThatThrownBy(() -> w.addImport(List.of(SAMPLE), sample, null))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("could not save the import to ws.roundtrip: ")
                    .hasMessageContaining("disk full");
            assertThat(w.imports()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM deal) + (SELECT count(*) FROM price)"
                     + " + (SELECT count(*) FROM import_file)")) {
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void filtersChartTitlesAndMappingTemplatesAreKept() throws Exception {
        Path ws = dir.resolve("ws.roundtrip");
        try (Workspace w = Workspace.open(ws)) {
            w.putFilter("status", "[\"signed\"]");
            w.putChartTitle("ratios", "Commitments against revenue");
            w.putChartTitle("ratios", "Engagements / chiffre d'affaires");
            w.putMappingTemplate("monthly deals", "{\"Deals\":{\"B\":\"payer\"}}");
        }
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.filters()).isEqualTo(Map.of("status", "[\"signed\"]"));
            assertThat(w.chartTitles()).isEqualTo(Map.of("ratios", "Engagements / chiffre d'affaires"));
            assertThat(w.mappingTemplates()).isEqualTo(Map.of("monthly deals", "{\"Deals\":{\"B\":\"payer\"}}"));
        }
    }

    static int pragma(Path ws, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getInt(1);
        }
    }
}
