package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.roundtrip.analysis.CompanyFigures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;

/**
 * Commitment-to-revenue ratio by company: total and annualised side by side, sorted by the total
 * ratio, with a 1× reference line (a company committing exactly one year of revenue).
 */
public final class CommitmentRatioChart {

    /** Labels used on the chart; passed in so the window can translate them. */
    public record Labels(String title, String total, String annual, String axis) {
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language. */
        public static Labels of(ChartText text) {
            return new Labels(text.text("ratios.title"), text.text("ratios.total"), text.text("ratios.annual"),
                    text.text("ratios.axis"));
        }
    }

    private CommitmentRatioChart() {
    }

    /**
     * @param companies figures per company; those without a ratio are left out, and on a log axis
     *                  those committing nothing (ratio 0, which a log axis cannot show)
     * @param logAxis   a logarithmic value axis (ratios span 0.01× to 100×)
     */
    public static JFreeChart create(List<CompanyFigures> companies, boolean logAxis, Labels labels, ChartTheme theme) {
        // numbers on the axis as the JVM's locale writes them, as they always were: the window passes its own labels
        return create(companies, logAxis, labels, ChartText.of(java.util.Locale.getDefault(
                java.util.Locale.Category.FORMAT)), theme);
    }

    /** As {@link #create(List, boolean, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(List<CompanyFigures> companies, boolean logAxis, ChartText text, ChartTheme theme) {
        return create(companies, logAxis, Labels.of(text), text, theme);
    }

    private static JFreeChart create(List<CompanyFigures> companies, boolean logAxis, Labels labels, ChartText text,
                                     ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        companies.stream()
                .filter(c -> c.ratio() != null && (!logAxis || c.ratio() > 0))
                .sorted(Comparator.comparing(CompanyFigures::ratio).reversed())
                .forEach(c -> {
                    data.addValue(c.ratio(), labels.total(), c.name());
                    data.addValue(c.annualRatio(), labels.annual(), c.name());
                });
        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ValueAxis values;
        if (logAxis) {
            LogAxis log = new LogAxis(labels.axis());
            // start the axis a little below the smallest ratio shown, not at an arbitrary 0.001×
            double smallest = companies.stream()
                    .flatMap(c -> java.util.stream.Stream.of(c.ratio(), c.annualRatio()))
                    .filter(r -> r != null && r > 0).mapToDouble(Double::doubleValue).min().orElse(0.1);
            log.setSmallestValue(Math.pow(10, Math.floor(Math.log10(smallest))));
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0)); // one tick per power of ten
            log.setMinorTickCount(9);
            log.setNumberFormatOverride(text.decimalFormat("0.###'×'"));
            values = log;
        } else {
            NumberAxis linear = new NumberAxis(labels.axis());
            linear.setNumberFormatOverride(text.decimalFormat("0.#'×'"));
            values = linear;
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        // a log axis cannot show the bars' base of 0: let the data alone set its range
        renderer.setIncludeBaseInRange(!logAxis);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {0} = {2}",
                text.decimalFormat("0.00'×'")));
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ValueMarker one = new ValueMarker(1.0, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        one.setLabel("1×");
        one.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        one.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        one.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addRangeMarker(one);
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        one.setLabelPaint(theme.subtleText());
        return chart;
    }
}
