package org.roundtrip.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DatePrecision;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Files written by earlier schema versions open, are migrated, and keep their imports. */
class WorkspaceMigrationTest {

    @TempDir
    Path dir;

    /** Builds a workspace file from an SQL script kept under src/test/resources. */
    static Path fromScript(String resource, Path target) throws Exception {
        String script;
        try (InputStream in = WorkspaceMigrationTest.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder statement = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target); Statement s = c.createStatement()) {
            for (String line : script.split("\n")) {
                if (line.startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    s.execute(statement.toString());
                    statement.setLength(0);
                }
            }
        }
        return target;
    }

    @Test
    void aVersionOneFileIsMigratedAndKeepsItsImport() throws Exception {
        Path ws = fromScript("workspace-v1.sql", dir.resolve("october.roundtrip"));
        assertThat(WorkspaceTest.pragma(ws, "user_version")).isEqualTo(1);
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.schemaVersion()).isEqualTo(Workspace.SCHEMA_VERSION);
            ImportRecord only = w.imports().get(0);
            assertThat(only.importedAt()).isEqualTo(Instant.parse("2026-10-31T09:00:00Z"));
            assertThat(only.files()).extracting(ImportedFile::name).containsExactly("deals-october.xlsx");
            Dataset d = w.latestImport().orElseThrow();
            assertThat(d.deals()).hasSize(2);
            assertThat(d.deals().get(0).type()).isEqualTo(DealType.CLOUD_CONTRACT);
            assertThat(d.deals().get(0).amountUsd()).isEqualTo(3.0e11);
            assertThat(d.deals().get(1).isDisclosed()).isFalse();
            assertThat(d.deals().get(1).termYears()).isNaN();
            assertThat(d.deals().get(1).status()).isEqualTo(DealStatus.TALKS);
            assertThat(d.deals().get(1).date().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(d.revenues().get(0).months()).isEqualTo(6);
            assertThat(d.companies().get("Oracle").aliases()).containsExactly("Oracle Corp", "ORCL");
            assertThat(d.prices().get("ORCL").size()).isEqualTo(2);
            assertThat(d.warnings()).hasSize(1);
            // The tables version 2 added work at once.
            w.putChartTitle("ratios", "October");
            assertThat(w.chartTitles()).isEqualTo(Map.of("ratios", "October"));
            w.addImport(List.of(), Dataset.empty(), null);
            assertThat(w.imports()).hasSize(2);
        }
        assertThat(WorkspaceTest.pragma(ws, "user_version")).isEqualTo(Workspace.SCHEMA_VERSION);
    }

    @Test
    void aMigratedFileOpensAgainUnchanged() throws Exception {
        Path ws = fromScript("workspace-v1.sql", dir.resolve("october.roundtrip"));
        Workspace.open(ws).close();
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.imports()).hasSize(1);
        }
    }
}
