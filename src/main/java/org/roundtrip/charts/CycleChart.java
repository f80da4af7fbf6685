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

    /**
     * Labels used on the chart; passed in so the window can translate them. {@code undisclosed} and
     * {@code more} are MessageFormat patterns: {@code {0}} is the list of cycles, the number not listed.
     */
    public record Labels(String title, String axis, String undisclosed, String more) {
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language. */
        public static Labels of(ChartText text) {
            return new Labels(text.text("cycles.title"), text.text("cycles.axis"), text.pattern("cycles.undisclosed"),
                    text.pattern("cycles.more"));
        }
    }

    /** Bars on one slide before they get too thin to label. */
    public static final int MAX_BARS = 10;

    private static final int MAX_LISTED = 4;

    private CycleChart() {
    }

    public static JFreeChart create(CycleSearchResult cycles, Labels labels, ChartTheme theme) {
        return create(cycles, labels, ChartText.ENGLISH, theme);
    }

    /** As {@link #create(CycleSearchResult, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(CycleSearchResult cycles, ChartText text, ChartTheme theme) {
        return create(cycles, Labels.of(text), text, theme);
    }

    private static JFreeChart create(CycleSearchResult cycles, Labels labels, ChartText text, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        cycles.cycles().stream().filter(c -> c.circulatingUsd() != null).limit(MAX_BARS)
                .forEach(c -> data.addValue(c.circulatingUsd(), labels.axis(), String.join(" → ", c.path())));
        NumberAxis values = new NumberAxis(labels.axis());
        values.setNumberFormatOverride(new OutflowTimelineChart.UsdAxisFormat(text));
        values.setUpperMargin(0.12);
        BarRenderer bars = new BarRenderer();
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new OutflowTimelineChart.UsdAxisFormat(text)));
        bars.setDefaultItemLabelsVisible(true);
        CategoryAxis paths = new CategoryAxis();
        paths.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(data, paths, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        HorizontalBars.arrange(plot, bars);
        plot.setNoDataMessage(text.text(cycles.cycles().isEmpty() ? "cycles.noData.none" : "cycles.noData.undisclosed"));
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        theme.apply(chart);
        bars.setDefaultItemLabelPaint(theme.text());
        plot.setNoDataMessagePaint(theme.text());
        List<Cycle> undisclosed = cycles.cycles().stream().filter(c -> c.circulatingUsd() == null).toList();
        if (!undisclosed.isEmpty()) {
            StringBuilder listed = new StringBuilder();
            undisclosed.stream().limit(MAX_LISTED).forEach(c -> listed.append(String.join(" → ", c.path())).append("   "));
            if (undisclosed.size() > MAX_LISTED) {
                listed.append(ChartText.fill(labels.more(), undisclosed.size() - MAX_LISTED));
            }
            TextTitle list = new TextTitle(ChartText.fill(labels.undisclosed(), listed.toString().strip()), new Font(Font.SANS_SERIF, Font.PLAIN, 13),
                    theme.text(), RectangleEdge.BOTTOM, HorizontalAlignment.LEFT,
                    org.jfree.chart.ui.VerticalAlignment.CENTER, new org.jfree.chart.ui.RectangleInsets(6, 8, 2, 8));
            chart.addSubtitle(list);
        }
        return chart;
    }

    /** "Nvidia → OpenAI → Oracle → Nvidia: 40 bn USD can go all the way round; 2 cycles in all". */
    public static String takeaway(CycleSearchResult cycles) {
        return takeaway(cycles, ChartText.ENGLISH);
    }

    /** As {@link #takeaway(CycleSearchResult)}, in {@code text}'s language. */
    public static String takeaway(CycleSearchResult cycles, ChartText text) {
        if (cycles.cycles().isEmpty()) {
            return text.text("cycles.takeaway.none");
        }
        Cycle top = cycles.cycles().get(0);
        String count = text.text(cycles.cycles().size() == 1 ? "cycles.countOne" : "cycles.countMany",
                cycles.cycles().size() + (cycles.truncated() ? "+" : ""));
        String path = String.join(" → ", top.path());
        return top.circulatingUsd() == null ? text.text("cycles.takeaway.undisclosed", path, count)
                : text.text("cycles.takeaway", path, text.usd(top.circulatingUsd()), count);
    }
}
