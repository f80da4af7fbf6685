package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.roundtrip.analysis.CoverageNeed;

import java.awt.BasicStroke;
import java.util.Comparator;
import java.util.List;

/**
 * The seeds' question "can revenue ever pay for these commitments?": for each company, the compound
 * annual revenue growth it needs for its annualised revenue to reach its annual commitments by the
 * target year. Companies already covered show 0 or less; those without time left are left out.
 */
public final class CoverageChart {

    /**
     * Labels used on the chart; the title and axis are MessageFormat patterns whose {@code {0}} stands for
     * the target year.
     */
    public record Labels(String title, String series, String axis) {
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language, as patterns. */
        public static Labels of(ChartText text) {
            return new Labels(text.pattern("coverage.title"), text.text("coverage.series"),
                    text.pattern("coverage.axis"));
        }
    }

    private static final java.awt.Color NEEDS_GROWTH = new java.awt.Color(0xD55E00);
    private static final java.awt.Color COVERED = new java.awt.Color(0x009E73);

    private CoverageChart() {
    }

    /** @param needs coverage per company (DESIGN.md "Coverage"), any order; all for the same target year */
    public static JFreeChart create(List<CoverageNeed> needs, int targetYear, Labels labels, ChartTheme theme) {
        return create(needs, targetYear, labels, ChartText.ENGLISH, theme);
    }

    /** As {@link #create(List, int, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(List<CoverageNeed> needs, int targetYear, ChartText text, ChartTheme theme) {
        return create(needs, targetYear, Labels.of(text), text, theme);
    }

    private static JFreeChart create(List<CoverageNeed> needs, int targetYear, Labels labels, ChartText text,
                                     ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        needs.stream().filter(n -> n.requiredGrowth() != null)
                .sorted(Comparator.comparing(CoverageNeed::requiredGrowth).reversed())
                .forEach(n -> data.addValue(n.requiredGrowth(), labels.series(), n.company()));
        NumberAxis values = new NumberAxis(ChartText.fill(labels.axis(), targetYear));
        values.setNumberFormatOverride(text.percentFormat(false));
        BarRenderer bars = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                // growth needed in vermillion, already covered in green: the story at a glance
                Number v = data.getValue(row, column);
                return v != null && v.doubleValue() > 0 ? NEEDS_GROWTH : COVERED;
            }
        };
        bars.setMaximumBarWidth(0.09);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", text.percentFormat(true)));
        bars.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        HorizontalBars.arrange(plot, bars);
        plot.setNoDataMessage(text.text("coverage.noData"));
        JFreeChart chart = new JFreeChart(ChartText.fill(labels.title(), targetYear), JFreeChart.DEFAULT_TITLE_FONT,
                plot, false);
        theme.apply(chart);
        bars.setDefaultItemLabelPaint(theme.text());
        plot.addRangeMarker(new ValueMarker(0, theme.subtleText(), new BasicStroke(1f)));
        plot.setNoDataMessagePaint(theme.text());
        values.setUpperMargin(0.12);  // room for the item labels
        values.setLowerMargin(0.12);
        return chart;
    }

    /** "OpenAI's revenue must grow 49% a year to pay its commitments by 2030", from the largest need. */
    public static String takeaway(List<CoverageNeed> needs, int targetYear) {
        return takeaway(needs, targetYear, ChartText.ENGLISH);
    }

    /** As {@link #takeaway(List, int)}, in {@code text}'s language. */
    public static String takeaway(List<CoverageNeed> needs, int targetYear, ChartText text) {
        return needs.stream().filter(n -> n.requiredGrowth() != null && n.requiredGrowth() > 0)
                .max(Comparator.comparing(CoverageNeed::requiredGrowth))
                .map(n -> text.text("coverage.takeaway", n.company(), text.percent(n.requiredGrowth()), targetYear))
                .orElse(text.text("coverage.takeaway.none"));
    }
}
