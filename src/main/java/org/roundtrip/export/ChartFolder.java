package org.roundtrip.export;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Charts as separate files in a folder: {@code NAME.png} at a scale, {@code NAME.svg} and
 * {@code NAME.pdf}, each 960 × 540 with the takeaway under the title, ready to drop on a slide.
 */
public final class ChartFolder {

    private ChartFolder() {
    }

    /**
     * Writes three files per chart into {@code folder}, creating it when missing; returns the files written.
     *
     * @param scale PNG scale, 1 to 4
     */
    public static List<Path> write(List<PresentedChart> charts, ChartTheme theme, int scale, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (PresentedChart presented : charts) {
            JFreeChart chart = withTakeaway(presented, theme);
            Path png = folder.resolve(presented.name() + ".png");
            Path svg = folder.resolve(presented.name() + ".svg");
            Path pdf = folder.resolve(presented.name() + ".pdf");
            ChartImages.writePng(chart, ChartImages.WIDTH, ChartImages.HEIGHT, scale, png);
            ChartImages.writeSvg(chart, ChartImages.WIDTH, ChartImages.HEIGHT, svg);
            PdfReport.write(List.of(chart), ChartImages.WIDTH, ChartImages.HEIGHT, presented.title(), pdf);
            written.addAll(List.of(png, svg, pdf));
        }
        return written;
    }

    /**
     * The chart with its takeaway as a subtitle under the title, for files seen without a slide around
     * them. Changes and returns the presented chart's own chart.
     */
    public static JFreeChart withTakeaway(PresentedChart presented, ChartTheme theme) {
        JFreeChart chart = presented.chart();
        TextTitle takeaway = new TextTitle(presented.takeaway(), new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        takeaway.setPaint(theme.subtleText());
        chart.addSubtitle(0, takeaway);
        return chart;
    }
}
