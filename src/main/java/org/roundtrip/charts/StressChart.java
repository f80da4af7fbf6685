package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.roundtrip.analysis.CompanyLoss;
import org.roundtrip.analysis.StressResult;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stress test: one company fails, and every company's lost inflows are drawn as a share of its
 * annual revenue, coloured by the round it fails in (or grey when it holds), with the failure
 * threshold as a line. Companies that lose nothing, or have no revenue to measure against, are left out.
 */
public final class StressChart {

    /**
     * Labels used on the chart. {@code title}, {@code round} and {@code threshold} are MessageFormat
     * patterns: {@code {0}} stands for the companies failed at the start, the round, the threshold.
     */
    public record Labels(String title, String holds, String round, String axis, String threshold) {
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language. */
        public static Labels of(ChartText text) {
            return new Labels(text.pattern("stress.title"), text.text("stress.holds"), text.pattern("stress.round"),
                    text.text("stress.axis"), text.pattern("stress.threshold"));
        }
    }

    /** Holding companies are drawn in neutral grey so the failures stand out. */
    private static final Color HOLDS = new Color(0x999999);

    /** Round 0 and 1 in vermillion, later rounds orange, then yellow-brown: the cascade fades outward. */
    private static final Color[] ROUND_PAINTS = {new Color(0xD55E00), new Color(0xD55E00), new Color(0xE69F00),
        new Color(0xB8860B)};

    private StressChart() {
    }

    /** @param result the stress test's outcome; {@code result.rounds().get(0)} names who failed first */
    public static JFreeChart create(StressResult result, Labels labels, ChartTheme theme) {
        return create(result, labels, ChartText.ENGLISH, theme);
    }

    /** As {@link #create(StressResult, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(StressResult result, ChartText text, ChartTheme theme) {
        return create(result, Labels.of(text), text, theme);
    }

    private static JFreeChart create(StressResult result, Labels labels, ChartText text, ChartTheme theme) {
        List<CompanyLoss> hit = result.losses().stream()
                .filter(l -> l.lostInflowsUsd() > 0 && l.revenueShare() != null)
                .sorted(Comparator.comparing(CompanyLoss::revenueShare).reversed()).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // one series per outcome, one non-null value per company: stacked bars then fill their slot;
        // an outcome nobody on the chart has gets no series, so the legend lists only what is drawn
        List<Color> seriesPaints = new java.util.ArrayList<>();
        for (int round = 0; round < result.rounds().size(); round++) {
            int r = round;
            if (hit.stream().noneMatch(l -> Integer.valueOf(r).equals(l.failedInRound()))) {
                continue;
            }
            String series = ChartText.fill(labels.round(), round);
            for (CompanyLoss l : hit) {
                data.addValue(Integer.valueOf(round).equals(l.failedInRound()) ? l.revenueShare() : null, series,
                        l.company());
            }
            seriesPaints.add(ROUND_PAINTS[Math.min(round, ROUND_PAINTS.length - 1)]);
        }
        if (hit.stream().anyMatch(l -> l.failedInRound() == null)) {
            for (CompanyLoss l : hit) {
                data.addValue(l.failedInRound() == null ? l.revenueShare() : null, labels.holds(), l.company());
            }
            seriesPaints.add(HOLDS);
        }
        NumberAxis values = new NumberAxis(labels.axis());
        values.setNumberFormatOverride(text.percentFormat(false));
        values.setUpperMargin(0.06);  // keeps the last tick label inside the chart
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setMaximumBarWidth(0.09);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        HorizontalBars.arrange(plot, bars);
        plot.setNoDataMessage(text.text("stress.noData"));
        JFreeChart chart = new JFreeChart(ChartText.fill(labels.title(), String.join(", ", first(result))),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        for (int i = 0; i < seriesPaints.size(); i++) {
            bars.setSeriesPaint(i, seriesPaints.get(i));
        }
        ValueMarker threshold = new ValueMarker(result.threshold(), theme.text(), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        threshold.setLabel(ChartText.fill(labels.threshold(), text.percent(result.threshold())));
        threshold.setLabelPaint(theme.text());
        threshold.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        threshold.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        threshold.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        threshold.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addRangeMarker(threshold);
        plot.setNoDataMessagePaint(theme.text());
        return chart;
    }

    /**
     * "CoreWeave loses 11× its annual revenue; 2 more companies fail in 1 round": what the chart's
     * title ("If OpenAI fails") does not already say.
     */
    public static String takeaway(StressResult result) {
        return takeaway(result, ChartText.ENGLISH);
    }

    /** As {@link #takeaway(StressResult)}, in {@code text}'s language. */
    public static String takeaway(StressResult result, ChartText text) {
        CompanyLoss worst = result.losses().stream().filter(l -> l.revenueShare() != null && l.lostInflowsUsd() > 0)
                .filter(l -> !first(result).contains(l.company()))
                .max(Comparator.comparing(CompanyLoss::revenueShare)).orElse(null);
        if (worst == null) {
            return text.text("stress.takeaway.none");
        }
        int more = result.failed().size() - first(result).size();
        int rounds = result.rounds().size() - 1;
        String others = more == 0 ? text.text("stress.takeaway.noMore")
                : text.text(more == 1 ? "stress.takeaway.moreOne" : "stress.takeaway.moreMany", more,
                text.text(rounds == 1 ? "stress.takeaway.roundsOne" : "stress.takeaway.roundsMany", rounds));
        return worst.revenueShare() >= 1
                ? text.text("stress.takeaway.times", worst.company(), text.times(worst.revenueShare()), others)
                : text.text("stress.takeaway.share", worst.company(), text.percent(worst.revenueShare()), others);
    }

    /** One line per round for speaker notes: "Round 1: CoreWeave, Oracle". */
    public static List<String> rounds(StressResult result) {
        return rounds(result, ChartText.ENGLISH);
    }

    /** As {@link #rounds(StressResult)}, in {@code text}'s language. */
    public static List<String> rounds(StressResult result, ChartText text) {
        return java.util.stream.IntStream.range(0, result.rounds().size())
                .mapToObj(i -> text.text("stress.roundLine", i, result.rounds().get(i).stream()
                        .collect(Collectors.joining(", "))))
                .toList();
    }

    private static List<String> first(StressResult result) {
        return result.rounds().isEmpty() ? List.of() : result.rounds().get(0);
    }
}
