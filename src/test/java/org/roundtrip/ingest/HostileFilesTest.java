package org.roundtrip.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.ImportIssue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ingest.RawXlsx.deal;
import static org.roundtrip.ingest.RawXlsx.dealsHeader;
import static org.roundtrip.ingest.RawXlsx.row;
import static org.roundtrip.ingest.RawXlsx.text;

/** Files no spreadsheet program writes, but a damaged copy or a hostile sender can. */
class HostileFilesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 22);

    @TempDir
    Path dir;

    private static ImportResult read(Path... files) {
        return Importer.importFiles(List.of(files), ImportOptions.defaults());
    }

    @Test
    void aCellBeyondColumnXfdMakesItsSheetDamagedWithoutExhaustingMemory() {
        Path file = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100))
                .sheet("Notes", row(1, text("A1", "Remarks")), row(2, text("ZZZZZZZZZZZZZZ2", "far away")))
                .write(dir.resolve("wide.xlsx"));
        Dataset d = read(file).dataset();
        assertThat(d.deals()).hasSize(1);
        assertThat(d.rejected()).singleElement().satisfies(i -> {
            assertThat(i.sheet()).isEqualTo("Notes");
            assertThat(i.cell()).isNull();
            assertThat(i.message()).contains("beyond column XFD");
        });
    }

    @Test
    void anEmptyXlsxIsUnreadableAndDoesNotStopTheOtherFiles() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path good = RawXlsx.create().sheet("Deals", dealsHeader(), deal(2, DAY, "Nvidia", "OpenAI", 100))
                .write(dir.resolve("good.xlsx"));
        ImportResult r = read(empty, good);
        assertThat(r.dataset().deals()).hasSize(1);
        assertThat(r.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo("empty.xlsx");
            assertThat(u.reason()).contains("empty");
        });
    }

    @Test
    void anEmptyCsvIsAnEmptyTableWithItsWarning() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        ImportResult r = read(empty);
        assertThat(r.unreadable()).isEmpty();
        assertThat(r.dataset().warnings()).singleElement().satisfies(w -> assertThat(w.sheet()).isNull());
    }
}
