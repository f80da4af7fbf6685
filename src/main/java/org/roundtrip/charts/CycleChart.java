package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.CycleSearchResult;

import java.awt.Font;
import java.util.List;

/**
 * The largest cycles — money that comes back to where it started — as horizontal bars of their
 * circulating amount; cycles whose amount is undisclosed are listed under the chart.
 */
public final class CycleChart {

    /** Labels used on the chart; passed in so the window can translate them. */
    public record Labels(String title, String axis, String undisclosed, String more) {
        public static final Labels ENGLISH = new Labels("Money that comes back to where it started",
                "Circulating USD (smallest deal on the circle)", "Amount undisclosed: ", "and %d more");
    }

    /** Bars on one slide before they get too thin to label. */
    public static final int MAX_BARS = 10;

    private static final int MAX_LISTED = 4;

    private CycleChart() {
    }

    public static JFreeChart create(CycleSearchResult cycles, Labels labels, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        cycles.cycles().stream().filter(c -> c.circulatingUsd() != null).limit(MAX_BARS)
                .forEach(c -> data.addValue(c.circulatingUsd(), labels.axis(), String.join(" → ", c.path())));
        NumberAxis values = new NumberAxis(labels.axis());
        values.setNumberFormatOverride(new OutflowTimelineChart.UsdAxisFormat());
        values.setUpperMargin(0.12);
        BarRenderer bars = new BarRenderer();
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new OutflowTimelineChart.UsdAxisFormat()));
        bars.setDefaultItemLabelsVisible(true);
        CategoryAxis paths = new CategoryAxis();
        paths.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(data, paths, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        HorizontalBars.arrange(plot, bars);
        plot.setNoDataMessage(cycles.cycles().isEmpty() ? "No cycles: no money comes back to where it started"
                : "Every cycle's amount is undisclosed");
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        theme.apply(chart);
        bars.setDefaultItemLabelPaint(theme.text());
        plot.setNoDataMessagePaint(theme.text());
        List<Cycle> undisclosed = cycles.cycles().stream().filter(c -> c.circulatingUsd() == null).toList();
        if (!undisclosed.isEmpty()) {
            StringBuilder text = new StringBuilder(labels.undisclosed());
            undisclosed.stream().limit(MAX_LISTED).forEach(c -> text.append(String.join(" → ", c.path())).append("   "));
            if (undisclosed.size() > MAX_LISTED) {
                text.append(String.format(labels.more(), undisclosed.size() - MAX_LISTED));
            }
            TextTitle list = new TextTitle(text.toString().strip(), new Font(Font.SANS_SERIF, Font.PLAIN, 13),
                    theme.text(), RectangleEdge.BOTTOM, HorizontalAlignment.LEFT,
                    org.jfree.chart.ui.VerticalAlignment.CENTER, new org.jfree.chart.ui.RectangleInsets(6, 8, 2, 8));
            chart.addSubtitle(list);
        }
        return chart;
    }

    /** "Nvidia → OpenAI → Oracle → Nvidia: 40 bn USD can go all the way round; 2 cycles in all". */
    public static String takeaway(CycleSearchResult cycles) {
        if (cycles.cycles().isEmpty()) {
            return "No money comes back to where it started";
        }
        Cycle top = cycles.cycles().get(0);
        String count = cycles.cycles().size() + (cycles.truncated() ? "+" : "") + " cycle"
                + (cycles.cycles().size() == 1 ? "" : "s") + " in all";
        return top.circulatingUsd() == null
                ? String.join(" → ", top.path()) + " goes round (amount undisclosed); " + count
                : String.join(" → ", top.path()) + ": " + FigureText.usd(top.circulatingUsd())
                + " can go all the way round; " + count;
    }
}
