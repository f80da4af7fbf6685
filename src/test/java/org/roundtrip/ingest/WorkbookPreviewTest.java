package org.roundtrip.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.ingest.WorkbookPreview.CellStatus;
import org.roundtrip.ingest.WorkbookPreview.PreviewRow;
import org.roundtrip.ingest.WorkbookPreview.RowStatus;
import org.roundtrip.ingest.WorkbookPreview.SheetPreview;
import org.roundtrip.ingest.sheet.Field;
import org.roundtrip.ingest.sheet.SheetKind;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ingest.TestWorkbooks.row;

/** The import wizard's preview: each sheet's layout and how each of its first cells parsed. */
class WorkbookPreviewTest {

    @TempDir
    Path dir;

    private Path frenchWorkbookWithTitleAndBadCell() {
        return TestWorkbooks.create()
                .sheet("Accords",
                        row("Accords de financement 2025"),
                        row("Date", "Payeur", "Bénéficiaire", "Montant", "Statut", "Remarque interne"),
                        row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", "100 milliards", "signé", "x"),
                        row(LocalDate.of(2025, 10, 6), "OpenAI", "AMD", "abc", "annoncé", "y"),
                        row(LocalDate.of(2025, 10, 7), "OpenAI", "Broadcom", "10 Md$", "peut-être", null),
                        row("Total", null, null, "110 milliards"))
                .sheet("Notes", row("Just some notes"))
                .writeXlsx(dir.resolve("accords.xlsx"));
    }

    @Test
    void eachSheetSaysWhatItWasRecognisedAs() {
        WorkbookPreview preview = Importer.preview(frenchWorkbookWithTitleAndBadCell(), 50, ImportOptions.defaults());

        assertThat(preview.unreadable()).isNull();
        assertThat(preview.sheets()).extracting(SheetPreview::name).containsExactly("Accords", "Notes");
        SheetPreview deals = preview.sheets().get(0);
        assertThat(deals.layout().kind()).isEqualTo(SheetKind.DEALS);
        assertThat(deals.layout().french()).isTrue();
        assertThat(deals.layout().headerRow()).isEqualTo(1);
        assertThat(deals.layout().column(Field.AMOUNT).index()).isEqualTo(3);
        assertThat(preview.sheets().get(1).isRecognised()).isFalse();
        assertThat(preview.sheets().get(1).rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(RowStatus.NOT_READ));
    }

    @Test
    void rowsAndCellsSayHowTheyParsed() {
        SheetPreview deals = Importer.preview(frenchWorkbookWithTitleAndBadCell(), 50, ImportOptions.defaults())
                .sheets().get(0);

        assertThat(deals.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.NOT_READ, RowStatus.HEADER,
                RowStatus.IMPORTED, RowStatus.REJECTED, RowStatus.REJECTED, RowStatus.SKIPPED);
        PreviewRow bad = deals.rows().get(3);
        assertThat(bad.cells().get(3).reference()).isEqualTo("D4");
        assertThat(bad.cells().get(3).text()).isEqualTo("abc");
        assertThat(bad.cells().get(3).status()).isEqualTo(CellStatus.REJECTED);
        assertThat(bad.cells().get(3).reason()).isNotBlank();
        assertThat(bad.cells().get(1).status()).isEqualTo(CellStatus.OK);
        assertThat(bad.cells().get(5).status()).as("no field claims the internal remark").isEqualTo(CellStatus.IGNORED);
        assertThat(deals.rows().get(4).cells().get(4).status()).as("unknown status").isEqualTo(CellStatus.REJECTED);
        assertThat(deals.rows().get(0).cells()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CellStatus.IGNORED));
        assertThat(deals.rows().get(5).cells()).as("the totals row").allSatisfy(c ->
                assertThat(c.status()).isEqualTo(CellStatus.IGNORED));
    }

    @Test
    void thePreviewShowsOnlyTheFirstRowsButImportsThemAll() {
        WorkbookPreview preview = Importer.preview(frenchWorkbookWithTitleAndBadCell(), 1, ImportOptions.defaults());

        assertThat(preview.sheets().get(0).rows()).hasSize(3);
        assertThat(preview.result().dataset().deals()).hasSize(1);
        assertThat(preview.result().dataset().rejected()).hasSize(2);
    }

    @Test
    void anUnreadableFileSaysWhy() {
        WorkbookPreview preview = Importer.preview(dir.resolve("missing.xlsx"), 10, ImportOptions.defaults());

        assertThat(preview.unreadable()).isNotBlank();
        assertThat(preview.sheets()).isEmpty();
        assertThat(preview.file()).isEqualTo("missing.xlsx");
    }

    @Test
    void aCsvFileHasOneUnnamedSheet() {
        Path csv = TestWorkbooks.csv(dir.resolve("deals.csv"),
                "date,payer,recipient,amount\n2025-09-22,Nvidia,OpenAI,$100B\n", java.nio.charset.StandardCharsets.UTF_8);

        List<SheetPreview> sheets = Importer.preview(csv, 10, ImportOptions.defaults()).sheets();

        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0).name()).isNull();
        assertThat(sheets.get(0).rows().get(1).status()).isEqualTo(RowStatus.IMPORTED);
    }
}
