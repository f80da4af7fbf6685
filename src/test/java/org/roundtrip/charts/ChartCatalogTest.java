package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every chart of DESIGN.md builds from the bundled sample and from an empty dataset, in both themes. */
class ChartCatalogTest {

    private static Dataset sample;

    @BeforeAll
    static void importSample() {
        sample = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset();
    }

    static List<String> names() {
        return ChartCatalog.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyChartDrawsTheSampleInBothThemes(String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "chart-previews"));
        for (ChartTheme theme : ChartTheme.values()) {
            ChartCatalog catalog = new ChartCatalog(sample, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults());
            PresentedChart presented = catalog.create(name, theme);
            assertThat(presented.name()).isEqualTo(name);
            assertThat(presented.takeaway()).isNotBlank();
            assertThat(presented.title()).isNotBlank();
            BufferedImage image = draw(presented.chart());
            ImageIO.write(image, "png", out.resolve(name + "-" + theme.name().toLowerCase() + ".png").toFile());
            assertThat(image.getRGB(5, 5)).isEqualTo(theme.background().getRGB());
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyChartDrawsAnEmptyDataset(String name) {
        ChartCatalog catalog = new ChartCatalog(Dataset.empty(), AnalysisOptions.defaults(),
                ChartCatalog.Choices.defaults());
        PresentedChart presented = catalog.create(name, ChartTheme.LIGHT);
        assertThat(presented.takeaway()).isNotBlank();
        draw(presented.chart());
    }

    @Test
    void ratiosTakeawayNamesTheLargestCommitter() {
        ChartCatalog catalog = new ChartCatalog(sample, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults());
        assertThat(catalog.create("ratios", ChartTheme.LIGHT).takeaway()).startsWith("OpenAI has committed 36×");
        assertThat(catalog.create("cycles", ChartTheme.LIGHT).takeaway())
                .startsWith("Nvidia → OpenAI → Oracle → Nvidia: 40 bn USD");
        PresentedChart stress = catalog.create("stress", ChartTheme.LIGHT);
        assertThat(stress.title()).isEqualTo("If OpenAI fails");  // the largest committer by default
        assertThat(stress.takeaway()).startsWith("CoreWeave loses 11× its annual revenue; 2 more companies fail");
        assertThat(catalog.create("coverage", ChartTheme.LIGHT).takeaway())
                .isEqualTo("OpenAI's revenue must grow 48% a year to pay its commitments by 2030");
    }

    @Test
    void aTitleChosenByThePresenterReplacesTheDefault() {
        ChartCatalog catalog = new ChartCatalog(sample, AnalysisOptions.defaults(),
                new ChartCatalog.Choices(null, 2030, java.util.Map.of("network", "Follow the money")));
        PresentedChart network = catalog.create("network", ChartTheme.DARK);
        assertThat(network.title()).isEqualTo("Follow the money");
        assertThat(network.chart().getTitle().getText()).isEqualTo("Follow the money");
    }

    @Test
    void anUnknownNameIsRefused() {
        ChartCatalog catalog = new ChartCatalog(sample, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults());
        assertThatThrownBy(() -> catalog.create("pie", ChartTheme.LIGHT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pie");
    }

    private static BufferedImage draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, 960, 540));
        g.dispose();
        return image;
    }
}
