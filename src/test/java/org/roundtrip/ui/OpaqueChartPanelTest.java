package org.roundtrip.ui;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ui.DashboardSmokeTest.onEdt;

/** The chart views' panel draws what JFreeChart's own panel draws, whatever the chart's background. */
class OpaqueChartPanelTest {

    private static ChartCatalog catalog;

    @BeforeAll
    static void sample() throws Exception {
        Dataset sample = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset();
        catalog = new ChartCatalog(sample, org.roundtrip.analysis.AnalysisOptions.defaults(),
                new ChartCatalog.Choices(null, ChartCatalog.Choices.defaults().coverageYear(), Map.of()));
        SwingUtilities.invokeAndWait(() -> Dashboard.installLookAndFeel(Settings.Theme.LIGHT));
    }

    @Test
    void everyChartLooksAsInJFreeChartsPanelInBothThemes() throws Exception {
        for (ChartTheme theme : ChartTheme.values()) {
            for (String name : ChartCatalog.NAMES) {
                BufferedImage[] drawn = onEdt(() -> {
                    JFreeChart chart = catalog.create(name, theme).chart();
                    return new BufferedImage[] {
                        Pixels.of(new ChartPanel(chart), 900, 560),
                        Pixels.of(new OpaqueChartPanel(chart), 900, 560)};
                });
                assertThat(Pixels.differing(drawn[0], drawn[1])).as("%s, %s theme", name, theme).isZero();
            }
        }
    }

    @Test
    void aChartOnAClearBackgroundLetsThePanelShowThroughEachTimeItIsDrawn() throws Exception {
        BufferedImage[] drawn = onEdt(() -> {
            JFreeChart chart = catalog.create("cycles", ChartTheme.LIGHT).chart();
            chart.setBackgroundPaint(new Color(0, 0, 0, 0));
            chart.getPlot().setBackgroundPaint(null);
            ChartPanel theirs = new ChartPanel(chart);
            OpaqueChartPanel ours = new OpaqueChartPanel(chart);
            theirs.setBackground(Color.MAGENTA);
            ours.setBackground(Color.MAGENTA);
            BufferedImage first = Pixels.of(ours, 700, 400);
            Pixels.of(theirs, 700, 400);
            chart.setTitle("Drawn a second time, over the first");  // the buffer must be cleared, not drawn over
            return new BufferedImage[] {first, Pixels.of(theirs, 700, 400), Pixels.of(ours, 700, 400)};
        });

        assertThat(OpaqueChartPanel.isOpaque(catalog.create("cycles", ChartTheme.LIGHT).chart())).isTrue();
        assertThat(drawn[0].getRGB(2, 2)).isEqualTo(Color.MAGENTA.getRGB());
        assertThat(Pixels.differing(drawn[1], drawn[2])).isZero();
    }

    @Test
    void aChangedChartIsDrawnAgain() throws Exception {
        BufferedImage[] drawn = onEdt(() -> {
            JFreeChart chart = catalog.create("ratios", ChartTheme.DARK).chart();
            OpaqueChartPanel panel = new OpaqueChartPanel(chart);
            BufferedImage before = Pixels.of(panel, 800, 500);
            chart.setTitle("Another title altogether");
            BufferedImage after = Pixels.of(panel, 800, 500);
            BufferedImage fresh = Pixels.of(new ChartPanel(chart), 800, 500);
            return new BufferedImage[] {before, after, fresh};
        });

        assertThat(Pixels.differing(drawn[0], drawn[1])).isPositive();
        assertThat(Pixels.differing(drawn[1], drawn[2])).isZero();
    }

    @Test
    void aResizedPanelDrawsAtItsNewSize() throws Exception {
        BufferedImage[] drawn = onEdt(() -> {
            JFreeChart chart = catalog.create("timeline", ChartTheme.LIGHT).chart();
            OpaqueChartPanel panel = new OpaqueChartPanel(chart);
            Pixels.of(panel, 800, 500);
            return new BufferedImage[] {Pixels.of(panel, 640, 420), Pixels.of(new ChartPanel(chart), 640, 420)};
        });

        assertThat(Pixels.differing(drawn[0], drawn[1])).isZero();
    }
}
