package org.roundtrip.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.sheet.Field;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealStatus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ingest.TestWorkbooks.row;

/** The user's corrections to the guessed columns, applied by sheet name. */
class ColumnMappingTest {

    @TempDir
    Path dir;

    /** "Somme" names no field, and "Phase" holds words that are no status. */
    private Path workbook() {
        return TestWorkbooks.create().sheet("Deals",
                        row("Date", "Payer", "Recipient", "Somme (USD bn)", "Status"),
                        row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "signed"),
                        row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300, "phase 2"))
                .writeXlsx(dir.resolve("deals.xlsx"));
    }

    private static Dataset read(Path file, ColumnMapping mapping) {
        return Importer.importFiles(List.of(file), new ImportOptions(null, null, null, mapping)).dataset();
    }

    @Test
    void withoutCorrectionsTheHeadersDecide() {
        Dataset d = read(workbook(), ColumnMapping.NONE);

        assertThat(d.deals()).as(d.issues().toString()).hasSize(1);
        assertThat(d.deals().get(0).isDisclosed()).isFalse();
        assertThat(d.rejected()).hasSize(1);
    }

    @Test
    void aColumnGivenTheAmountFieldIsReadAsAmounts() {
        ColumnMapping mapping = ColumnMapping.NONE.with("Deals", new ColumnMapping.Choice(3, Field.AMOUNT));

        Dataset d = read(workbook(), mapping);

        assertThat(d.deals().get(0).amountUsd()).as("no unit hint from an unrecognised header: the cell's 100")
                .isEqualTo(100.0);
    }

    @Test
    void aColumnLeftOutIsNotRead() {
        ColumnMapping mapping = new ColumnMapping(Map.of("Deals", List.of(new ColumnMapping.Choice(4, null))));

        Dataset d = read(workbook(), mapping);

        assertThat(d.deals()).hasSize(2).allSatisfy(deal -> assertThat(deal.status()).isEqualTo(DealStatus.ANNOUNCED));
        assertThat(d.rejected()).isEmpty();
    }

    @Test
    void correctionsThatLeaveNoKnownKindSkipTheSheet() {
        ColumnMapping mapping = ColumnMapping.NONE.with("Deals", new ColumnMapping.Choice(1, null));

        assertThat(read(workbook(), mapping).deals()).isEmpty();
    }

    @Test
    void theCorrectionsOfAnotherSheetChangeNothing() {
        ColumnMapping mapping = ColumnMapping.NONE.with("Revenues", new ColumnMapping.Choice(3, Field.AMOUNT));

        assertThat(read(workbook(), mapping)).isEqualTo(read(workbook(), ColumnMapping.NONE));
    }

    @Test
    void thePreviewShowsTheCorrectedColumns() {
        ColumnMapping mapping = ColumnMapping.NONE.with("Deals", new ColumnMapping.Choice(3, Field.AMOUNT));

        WorkbookPreview preview = Importer.preview(workbook(), 10, new ImportOptions(null, null, null, mapping));

        assertThat(preview.sheets().get(0).layout().column(Field.AMOUNT).index()).isEqualTo(3);
        assertThat(preview.sheets().get(0).rows().get(1).cells().get(3).status())
                .isEqualTo(WorkbookPreview.CellStatus.OK);
    }
}
