package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.PriceSeries;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Each reacting ticker's price, rebased to 100 on the first day shown so that stocks of any price
 * share one axis, with an arrow at every announcement day naming the deal and the day's return.
 */
public final class PriceReactionChart {

    /** Labels used on the chart; passed in so the window can translate them. */
    public record Labels(String title, String axis) {
        public static final Labels ENGLISH = new Labels("How stocks moved on deal days", "Price, first day shown = 100");
    }

    /** Days shown before the first reaction and after the last, so the jump is seen against its trend. */
    static final int MARGIN_DAYS = 30;

    private static final double[] ANGLES = {-Math.PI / 4, -3 * Math.PI / 4, Math.PI / 4, 3 * Math.PI / 4};

    private PriceReactionChart() {
    }

    /**
     * @param reactions stock reactions (DESIGN.md), sorted by date
     * @param deals     counted deals, to name the deal behind each reaction
     */
    public static JFreeChart create(Dataset dataset, List<StockReaction> reactions, List<Deal> deals, Labels labels,
                                    ChartTheme theme) {
        TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
        Map<String, TimeSeries> byTicker = new LinkedHashMap<>();
        if (!reactions.isEmpty()) {
            LocalDate from = reactions.get(0).date().minusDays(MARGIN_DAYS);
            LocalDate to = reactions.get(reactions.size() - 1).date().plusDays(MARGIN_DAYS);
            reactions.stream().map(StockReaction::ticker).distinct().forEach(ticker ->
                    dataset.prices(ticker).ifPresent(prices -> byTicker.put(ticker, rebased(prices, from, to))));
        }
        byTicker.values().forEach(data::addSeries);
        DateAxis time = new DateAxis();
        time.setDateFormatOverride(monthFormat());
        NumberAxis value = new NumberAxis(labels.axis());
        value.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lines.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, time, value, lines);
        plot.setNoDataMessage("No stock reactions: no prices around the deal days");
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        plot.setNoDataMessagePaint(theme.text());

        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        int n = 0;
        for (StockReaction r : reactions) {
            TimeSeries series = byTicker.get(r.ticker());
            if (series == null) {
                continue;
            }
            Number y = series.getValue(new Day(r.date().getDayOfMonth(), r.date().getMonthValue(), r.date().getYear()));
            if (y == null) {
                continue;
            }
            String text = dealName(r, deals).map(d -> d + ": ").orElse(r.company() + ": ")
                    + FigureText.signedPercent(r.returnFraction());
            double x = r.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            XYPointerAnnotation pointer = new XYPointerAnnotation(text, x, y.doubleValue(), ANGLES[n % ANGLES.length]);
            pointer.setFont(font);
            pointer.setPaint(theme.text());
            pointer.setArrowPaint(theme.subtleText());
            pointer.setBaseRadius(34 + 14 * (n / ANGLES.length % 2));
            pointer.setTipRadius(3);
            pointer.setTextAnchor(anchorFor(ANGLES[n % ANGLES.length]));
            pointer.setBackgroundPaint(theme.background());
            plot.addAnnotation(pointer);
            n++;
        }
        return chart;
    }

    /** "Oracle: +36.0% on 2025-09-10, the day of the OpenAI–Oracle deal", from the largest move. */
    public static String takeaway(List<StockReaction> reactions, List<Deal> deals) {
        return reactions.stream().max(Comparator.comparingDouble(r -> Math.abs(r.returnFraction())))
                .map(r -> r.company() + " moved " + FigureText.signedPercent(r.returnFraction()) + " on " + r.date()
                        + dealName(r, deals).map(d -> ", the day of the " + d + " deal").orElse(""))
                .orElse("No stock reactions: no listed company with prices around a deal day");
    }

    /** "OpenAI–AMD": the deal announced on or up to a week before the reaction's day, the latest such. */
    static Optional<String> dealName(StockReaction r, List<Deal> deals) {
        return deals.stream()
                .filter(d -> d.date().isDay() && (d.payer().equals(r.company()) || d.recipient().equals(r.company())))
                .filter(d -> !d.date().date().isAfter(r.date()) && !d.date().date().plusDays(7).isBefore(r.date()))
                .max(Comparator.comparing(d -> d.date().date()))
                .map(d -> d.payer() + "–" + d.recipient());
    }

    private static TimeSeries rebased(PriceSeries prices, LocalDate from, LocalDate to) {
        TimeSeries series = new TimeSeries(prices.ticker());
        double base = Double.NaN;
        for (int i = 0; i < prices.size(); i++) {
            LocalDate d = prices.date(i);
            if (d.isBefore(from) || d.isAfter(to) || !(prices.close(i) > 0)) {
                continue;
            }
            if (Double.isNaN(base)) {
                base = prices.close(i);
            }
            series.add(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), 100 * prices.close(i) / base);
        }
        return series;
    }

    private static SimpleDateFormat monthFormat() {
        SimpleDateFormat f = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        f.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return f;
    }

    private static TextAnchor anchorFor(double angle) {
        // the label sits at the arrow's tail, on the side away from the point
        boolean left = Math.cos(angle) > 0;
        boolean below = Math.sin(angle) > 0;  // Java2D y grows downward
        if (left) {
            return below ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT;
        }
        return below ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT;
    }
}
