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

    @Test
    void aFolderHoldsOnlyTheChosenChartsAtTheChosenScaleAndTheme() throws Exception {
        ViewSnapshot s = amdOnly();
        ChartCatalog catalog = ExportAction.catalog(s, ViewSnapshot.Choices.defaults());
        Path folder = dir.resolve("charts");
        List<String> chosen = List.of("network", "cycles");
        ExportAction.Job job = new ExportAction.Job(folder, chosen, org.roundtrip.export.ExportTarget.FOLDER, 3,
                ChartTheme.DARK, null);

        ExportAction.write(job, chosen.stream().map(n -> catalog.create(n, ChartTheme.DARK)).toList(), catalog, s);

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("network.png",
                    "network.svg", "network.pdf", "cycles.png", "cycles.svg", "cycles.pdf");
        }
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(folder.resolve("cycles.png").toFile());
        assertThat(png.getWidth()).isEqualTo(960 * 3);
        assertThat(new java.awt.Color(png.getRGB(2, 2))).isEqualTo(ChartTheme.DARK.background());
    }

    @Test
    void oneChartAsPngTakesTheChosenScale() throws Exception {
        ViewSnapshot s = amdOnly();
        ChartCatalog catalog = ExportAction.catalog(s, ViewSnapshot.Choices.defaults());
        Path file = dir.resolve("ratios.png");

        ExportAction.write(new ExportAction.Job(file, List.of("ratios"), null, 1, ChartTheme.LIGHT, null),
                List.of(catalog.create("ratios", ChartTheme.LIGHT)), catalog, s);

        assertThat(javax.imageio.ImageIO.read(file.toFile()).getWidth()).isEqualTo(960);
    }
}
