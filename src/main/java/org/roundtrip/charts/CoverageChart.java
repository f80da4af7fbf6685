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
import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;

/**
 * The seeds' question "can revenue ever pay for these commitments?": for each company, the compound
 * annual revenue growth it needs for its annualised revenue to reach its annual commitments by the
 * target year. Companies already covered show 0 or less; those without time left are left out.
 */
public final class CoverageChart {

    /** Labels used on the chart; {@code %d} in the title and axis stands for the target year. */
    public record Labels(String title, String series, String axis) {
        public static final Labels ENGLISH = new Labels("Growth needed to pay the commitments by %d",
                "Required growth per year", "Compound annual revenue growth needed by %d");
    }

    private static final java.awt.Color NEEDS_GROWTH = new java.awt.Color(0xD55E00);
    private static final java.awt.Color COVERED = new java.awt.Color(0x009E73);

    private CoverageChart() {
    }

    /** @param needs coverage per company (DESIGN.md "Coverage"), any order; all for the same target year */
    public static JFreeChart create(List<CoverageNeed> needs, int targetYear, Labels labels, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        needs.stream().filter(n -> n.requiredGrowth() != null)
                .sorted(Comparator.comparing(CoverageNeed::requiredGrowth).reversed())
                .forEach(n -> data.addValue(n.requiredGrowth(), labels.series(), n.company()));
        NumberAxis values = new NumberAxis(String.format(labels.axis(), targetYear));
        values.setNumberFormatOverride(new DecimalFormat("0%"));
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
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("+0%;-0%")));
        bars.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        HorizontalBars.arrange(plot, bars);
        plot.setNoDataMessage("No company with both revenue and commitments");
        JFreeChart chart = new JFreeChart(String.format(labels.title(), targetYear), JFreeChart.DEFAULT_TITLE_FONT,
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
        return needs.stream().filter(n -> n.requiredGrowth() != null && n.requiredGrowth() > 0)
                .max(Comparator.comparing(CoverageNeed::requiredGrowth))
                .map(n -> n.company() + "'s revenue must grow " + FigureText.percent(n.requiredGrowth())
                        + " a year to pay its commitments by " + targetYear)
                .orElse("Every company's revenue already covers its yearly commitments");
    }
}
