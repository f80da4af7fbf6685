package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What File › Export writes, without the window: the filtered deals' charts, by the file's extension. */
class ExportActionTest {

    @TempDir
    Path dir;

    private ViewSnapshot amdOnly() {
        Dataset sample = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset();
        return ViewSnapshot.compute(sample, DashboardFilter.none().withCompanies(Set.of("AMD")),
                ViewSnapshot.Choices.defaults(), ChartTheme.DARK);
    }

    private static List<PresentedChart> charts(ChartCatalog catalog, List<String> names) {
        return names.stream().map(n -> catalog.create(n, ChartTheme.LIGHT)).toList();
    }

    @Test
    void everyChartGoesToADeckAReportAndTheTablesToAWorkbook() throws Exception {
        ViewSnapshot s = amdOnly();
        ChartCatalog catalog = new ChartCatalog(s.filtered(), s.filter().options(), ChartCatalog.Choices.defaults());
        for (String name : List.of("deck.pptx", "report.pdf", "tables.xlsx")) {
            Path file = dir.resolve(name);
            ExportAction.write(file, charts(catalog, ChartCatalog.NAMES), catalog, s, true);
            assertThat(Files.size(file)).as(name).isGreaterThan(1000);
        }
    }

    @Test
    void oneChartGoesToPngSvgOrPdf() throws Exception {
        ViewSnapshot s = amdOnly();
        ChartCatalog catalog = new ChartCatalog(s.filtered(), s.filter().options(), ChartCatalog.Choices.defaults());
        for (String name : List.of("network.png", "network.svg", "network.pdf")) {
            Path file = dir.resolve(name);
            ExportAction.write(file, charts(catalog, List.of("network")), catalog, s, false);
            assertThat(Files.size(file)).as(name).isGreaterThan(1000);
        }
        assertThat(Files.readString(dir.resolve("network.svg"))).contains("<svg");
    }

    @Test
    void theCoverSaysWhichDealsAreShown() {
        ViewSnapshot s = amdOnly();

        assertThat(ExportAction.cover(s).datasetName()).isEqualTo("ai-circular-financing");
        assertThat(ExportAction.cover(s).options()).contains("announced, signed deals").contains("of AMD");
    }
}
