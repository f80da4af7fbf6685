package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.roundtrip.analysis.RatioChange;

import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;

/**
 * How each company's commitment-to-revenue ratio moved between two imports: the ratio before and
 * now side by side, companies sorted by the size of the move.
 */
public final class RatioChangeChart {

    /** Labels used on the chart; passed in so the window can translate them. */
    public record Labels(String title, String before, String now, String axis) {
        public static final Labels ENGLISH = new Labels("How the ratios moved since the previous import",
                "Ratio before", "Ratio now", "× annual revenue");
    }

    private RatioChangeChart() {
    }

    /**
     * @param changes ratio changes per company; companies with no ratio on either side are left out
     * @param limit   how many companies at most, the largest moves first
     */
    public static JFreeChart create(List<RatioChange> changes, int limit, Labels labels, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        changes.stream()
                .filter(c -> c.ratioBefore() != null || c.ratioAfter() != null)
                .sorted(Comparator.comparingDouble(RatioChangeChart::move).reversed())
                .limit(limit)
                .forEach(c -> {
                    data.addValue(c.ratioBefore(), labels.before(), c.company());
                    data.addValue(c.ratioAfter(), labels.now(), c.company());
                });
        CategoryAxis companies = new CategoryAxis();
        companies.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis values = new NumberAxis(labels.axis());
        values.setNumberFormatOverride(new DecimalFormat("0.#'×'"));
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {0} = {2}",
                new DecimalFormat("0.00'×'")));
        CategoryPlot plot = new CategoryPlot(data, companies, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return theme.apply(chart);
    }

    /** The size of a company's move; a ratio that appears or disappears counts as its whole value. */
    static double move(RatioChange c) {
        double before = c.ratioBefore() == null ? 0 : c.ratioBefore();
        double after = c.ratioAfter() == null ? 0 : c.ratioAfter();
        return Math.abs(after - before);
    }
}
