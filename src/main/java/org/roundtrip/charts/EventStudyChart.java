package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.roundtrip.analysis.EventEstimate;
import org.roundtrip.analysis.EventStudyResult;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The market-model event study: one bar per announcement and company, the cumulative abnormal
 * return (CAR) over the event window, with its 95 % confidence interval as an error bar. An
 * interval that does not cross 0 is a move the market model does not explain.
 */
public final class EventStudyChart {

    /** Labels used on the chart; passed in so the window can translate them. */
    public record Labels(String title, String car, String axis) {
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language. */
        public static Labels of(ChartText text) {
            return new Labels(text.text("eventStudy.title"), text.text("eventStudy.car"), text.text("eventStudy.axis"));
        }
    }

    /** Bars drawn at most: the largest abnormal moves; said in a note when reached. */
    public static final int MAX_BARS = 40;

    private EventStudyChart() {
    }

    /** @param results event-study results; skipped ones are left out, one bar per company and t0 */
    public static JFreeChart create(List<EventStudyResult> results, Labels labels, ChartTheme theme) {
        return create(results, labels, ChartText.ENGLISH, theme);
    }

    /** As {@link #create(List, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(List<EventStudyResult> results, ChartText text, ChartTheme theme) {
        return create(results, Labels.of(text), text, theme);
    }

    private static JFreeChart create(List<EventStudyResult> results, Labels labels, ChartText text, ChartTheme theme) {
        return ofEstimated(estimated(results), labels, text, theme);
    }

    /** As {@link #create(List, ChartText, ChartTheme)}, from the {@link #estimated(List)} results already picked. */
    static JFreeChart ofEstimated(List<EventStudyResult> estimated, ChartText text, ChartTheme theme) {
        return ofEstimated(estimated, Labels.of(text), text, theme);
    }

    private static JFreeChart ofEstimated(List<EventStudyResult> estimated, Labels labels, ChartText text,
                                          ChartTheme theme) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<EventStudyResult> shown = largest(estimated, MAX_BARS);
        for (EventStudyResult r : shown) {
            EventEstimate e = r.estimate();
            // the interval is symmetric around the CAR, so its half-width plays the error bar's part
            data.add(e.car(), (e.confidenceHigh() - e.confidenceLow()) / 2, labels.car(), label(r, text));
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = new NumberAxis(labels.axis());
        values.setNumberFormatOverride(text.percentFormat(true));
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        bars.setMaximumBarWidth(0.08);
        bars.setErrorIndicatorStroke(new BasicStroke(2f));
        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setNoDataMessage(text.text("eventStudy.noData"));
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        bars.setErrorIndicatorPaint(theme.text());
        plot.addRangeMarker(new ValueMarker(0, theme.subtleText(), new BasicStroke(1f)));
        plot.setNoDataMessagePaint(theme.text());
        if (shown.size() < estimated.size()) {
            ChartNote.add(chart, text.text("eventStudy.capped", shown.size(), estimated.size()), theme);
        }
        return chart;
    }

    /** The {@code n} results with the largest abnormal moves (absolute CAR), in the results' order. */
    static List<EventStudyResult> largest(List<EventStudyResult> estimated, int n) {
        if (estimated.size() <= n) {
            return estimated;
        }
        Set<EventStudyResult> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(Largest.of(estimated, r -> Math.abs(r.estimate().car()), n));
        return estimated.stream().filter(kept::contains).toList();
    }

    /** "Oracle 10 Sep 2025: +35.9% abnormal (95% CI +29.2% to +42.5%); 3 of 7 moves beyond chance". */
    public static String takeaway(List<EventStudyResult> results) {
        return takeaway(results, ChartText.ENGLISH);
    }

    /** As {@link #takeaway(List)}, in {@code text}'s language. */
    public static String takeaway(List<EventStudyResult> results, ChartText text) {
        return takeawayOfEstimated(estimated(results), text);
    }

    /** As {@link #takeaway(List, ChartText)}, from the {@link #estimated(List)} results already picked. */
    static String takeawayOfEstimated(List<EventStudyResult> estimated, ChartText text) {
        if (estimated.isEmpty()) {
            return text.text("eventStudy.takeaway.none");
        }
        EventStudyResult top = estimated.stream()
                .max(Comparator.comparingDouble(r -> Math.abs(r.estimate().car()))).orElseThrow();
        long significant = estimated.stream().filter(r -> r.estimate().confidenceLow() > 0
                || r.estimate().confidenceHigh() < 0).count();
        EventEstimate e = top.estimate();
        return text.text("eventStudy.takeaway", top.company(), text.date(e.t0()), text.signedPercent(e.car()),
                text.signedPercent(e.confidenceLow()), text.signedPercent(e.confidenceHigh()), significant,
                estimated.size());
    }

    /** The estimated results, one per company and t0, in the results' order. */
    static List<EventStudyResult> estimated(List<EventStudyResult> results) {
        // each company's t0 days seen so far, as bits counted from the earliest t0: a set of (company,
        // day) records, which hash alike for similar names, was most of this chart on 100,000 deals
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (EventStudyResult r : results) {
            if (r.isEstimated()) {
                long day = r.estimate().t0().toEpochDay();
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        if (first > last) {
            return List.of();
        }
        if (last - first >= 1 << 16) {  // beyond 179 years of days, too many bits per company
            record Event(String company, java.time.LocalDate t0) {
            }
            Set<Event> seen = new HashSet<>();
            return results.stream().filter(EventStudyResult::isEstimated)
                    .filter(r -> seen.add(new Event(r.company(), r.estimate().t0()))).toList();
        }
        Map<String, BitSet> seen = new HashMap<>();
        List<EventStudyResult> estimated = new ArrayList<>();
        for (EventStudyResult r : results) {
            if (r.isEstimated()) {
                BitSet days = seen.computeIfAbsent(r.company(), c -> new BitSet());
                int day = (int) (r.estimate().t0().toEpochDay() - first);
                if (!days.get(day)) {
                    days.set(day);
                    estimated.add(r);
                }
            }
        }
        return Collections.unmodifiableList(estimated);
    }

    private static String label(EventStudyResult r, ChartText text) {
        // company over date, so a narrow bar slot never breaks the date itself
        return r.company() + "\n" + text.date(r.estimate().t0());
    }
}
