package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.PriceSeries;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language. */
        public static Labels of(ChartText text) {
            return new Labels(text.text("reactions.title"), text.text("reactions.axis"));
        }
    }

    /** Days shown before the first reaction and after the last, so the jump is seen against its trend. */
    static final int MARGIN_DAYS = 30;

    /**
     * Reactions labelled at most (the largest moves): each label looks for a free place among the ones
     * before it, and beyond a few dozen there is none; the table beside the chart lists every one.
     */
    public static final int MAX_CALLOUTS = 20;

    private PriceReactionChart() {
    }

    /**
     * @param reactions stock reactions (DESIGN.md), sorted by date
     * @param deals     counted deals, to name the deal behind each reaction
     */
    public static JFreeChart create(Dataset dataset, List<StockReaction> reactions, List<Deal> deals, Labels labels,
                                    ChartTheme theme) {
        return create(dataset, reactions, deals, labels, ChartText.ENGLISH, theme);
    }

    /** As {@link #create(Dataset, List, List, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(Dataset dataset, List<StockReaction> reactions, List<Deal> deals, ChartText text,
                                    ChartTheme theme) {
        return create(dataset, reactions, deals, Labels.of(text), text, theme);
    }

    private static JFreeChart create(Dataset dataset, List<StockReaction> reactions, List<Deal> deals, Labels labels,
                                     ChartText text, ChartTheme theme) {
        // plain (epoch millisecond, value) series on the date axis: a time series works out each day's
        // millisecond with a Calendar at every paint, most of this chart's paint on years of prices
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, XYSeries> byTicker = new LinkedHashMap<>();
        // the lines of the stocks whose moves are labelled: on a large dataset, dozens of lines are no picture
        List<StockReaction> labelled = largest(reactions, MAX_CALLOUTS);
        if (!reactions.isEmpty()) {
            LocalDate from = reactions.get(0).date().minusDays(MARGIN_DAYS);
            LocalDate to = reactions.get(reactions.size() - 1).date().plusDays(MARGIN_DAYS);
            labelled.stream().map(StockReaction::ticker).distinct().forEach(ticker ->
                    dataset.prices(ticker).ifPresent(prices -> byTicker.put(ticker, rebased(prices, from, to))));
        }
        byTicker.values().forEach(data::addSeries);
        DateAxis time = new DateAxis();
        time.setDateFormatOverride(monthFormat(text));
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setStandardTickUnits(monthsAndYears());
        NumberAxis value = new NumberAxis(labels.axis());
        value.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lines.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, time, value, lines);
        plot.setNoDataMessage(text.text("reactions.noData"));
        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        plot.setNoDataMessagePaint(theme.text());
        value.setUpperMargin(0.15);  // room for the labels above the highest line
        value.setLowerMargin(0.15);

        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        List<Rectangle2D> placed = new ArrayList<>();
        int n = 0;
        if (labelled.size() < reactions.size()) {
            ChartNote.add(chart, text.text("reactions.capped", labelled.size(), reactions.size()), theme);
        }
        DealsByDay named = new DealsByDay(deals, labelled);
        for (StockReaction r : labelled) {
            XYSeries series = byTicker.get(r.ticker());
            if (series == null) {
                continue;
            }
            int at = series.indexOf(millis(r.date()));
            if (at < 0) {
                continue;
            }
            Number y = series.getY(at);
            String callout = text.text("reactions.callout", named.dealName(r).orElse(r.company()),
                    text.signedPercent(r.returnFraction()));
            double x = millis(r.date());
            Callout pointer = new Callout(callout, x, y.doubleValue(), placed, n == 0);
            pointer.setFont(font);
            pointer.setPaint(theme.text());
            pointer.setArrowPaint(theme.subtleText());
            pointer.setTipRadius(3);
            pointer.setBackgroundPaint(theme.background());
            plot.addAnnotation(pointer);
            n++;
        }
        return chart;
    }

    /** The {@code n} reactions with the largest moves (absolute return), in the reactions' order. */
    static List<StockReaction> largest(List<StockReaction> reactions, int n) {
        if (reactions.size() <= n) {
            return reactions;
        }
        java.util.Set<StockReaction> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(Largest.of(reactions, r -> Math.abs(r.returnFraction()), n));
        return reactions.stream().filter(kept::contains).toList();
    }

    /** "Oracle: +36.0% on 2025-09-10, the day of the OpenAI–Oracle deal", from the largest move. */
    public static String takeaway(List<StockReaction> reactions, List<Deal> deals) {
        return takeaway(reactions, deals, ChartText.ENGLISH);
    }

    /** As {@link #takeaway(List, List)}, in {@code text}'s language. */
    public static String takeaway(List<StockReaction> reactions, List<Deal> deals, ChartText text) {
        return reactions.stream().max(Comparator.comparingDouble(r -> Math.abs(r.returnFraction())))
                .map(r -> new DealsByDay(deals, List.of(r)).dealName(r)
                        .map(d -> text.text("reactions.takeaway.deal", r.company(),
                                text.signedPercent(r.returnFraction()), text.day(r.date()), d))
                        .orElseGet(() -> text.text("reactions.takeaway", r.company(),
                                text.signedPercent(r.returnFraction()), text.day(r.date()))))
                .orElse(text.text("reactions.takeaway.none"));
    }

    /**
     * The deals announced on a known day of the companies of some reactions, by company and date: names
     * the deal behind each reaction after one pass over the deals (a pass per label took a third of the
     * chart on 100,000 deals).
     */
    static final class DealsByDay {
        /** Per company, its day-dated deals in date order, deals of one day in reading order. */
        private final Map<String, List<Deal>> byCompany = new java.util.HashMap<>();

        DealsByDay(List<Deal> deals, java.util.Collection<StockReaction> reactions) {
            java.util.Set<String> wanted = new java.util.HashSet<>();
            reactions.forEach(r -> wanted.add(r.company()));
            for (Deal d : deals) {
                if (!d.date().isDay()) {
                    continue;
                }
                if (wanted.contains(d.payer())) {
                    byCompany.computeIfAbsent(d.payer(), k -> new ArrayList<>()).add(d);
                }
                if (!d.recipient().equals(d.payer()) && wanted.contains(d.recipient())) {
                    byCompany.computeIfAbsent(d.recipient(), k -> new ArrayList<>()).add(d);
                }
            }
            // stable: a day's deals stay in reading order
            byCompany.values().forEach(list -> list.sort(Comparator.comparing(d -> d.date().date())));
        }

        /**
         * "OpenAI–AMD": the deal announced on or up to a week before the reaction's day, the latest
         * such (of several that day, the first read).
         */
        Optional<String> dealName(StockReaction r) {
            List<Deal> list = byCompany.getOrDefault(r.company(), List.of());
            // the last deal on or before the reaction's day
            int lo = 0;
            int hi = list.size() - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (list.get(mid).date().date().isAfter(r.date())) {
                    hi = mid - 1;
                } else {
                    last = mid;
                    lo = mid + 1;
                }
            }
            if (last < 0 || list.get(last).date().date().plusDays(7).isBefore(r.date())) {
                return Optional.empty();
            }
            LocalDate day = list.get(last).date().date();
            int first = last;
            while (first > 0 && list.get(first - 1).date().date().equals(day)) {
                first--;
            }
            Deal d = list.get(first);
            return Optional.of(d.payer() + "–" + d.recipient());
        }
    }

    private static XYSeries rebased(PriceSeries prices, LocalDate from, LocalDate to) {
        // in date order already: no sorting, and no check for a day twice (the prices have none)
        XYSeries series = new XYSeries(prices.ticker(), false, true);
        double base = Double.NaN;
        for (int i = 0; i < prices.size(); i++) {
            LocalDate d = prices.date(i);
            if (d.isBefore(from) || d.isAfter(to) || !(prices.close(i) > 0)) {
                continue;
            }
            if (Double.isNaN(base)) {
                base = prices.close(i);
            }
            // no change event per point: the series is not shown yet, and events per add cost more than the add
            series.add(millis(d), 100 * prices.close(i) / base, false);
        }
        return series;
    }

    /** The first millisecond of the day in UTC, where the date axis puts it. */
    private static double millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * Ticks on the first of a month, every 1, 2, 3 or 6 months or 1, 2, 5 or 10 years, whichever fits:
     * the labels name a month, and the axis's own choice of half months wrote each month twice.
     */
    private static org.jfree.chart.axis.TickUnits monthsAndYears() {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.MONTH, months));
        }
        for (int years : new int[] {1, 2, 5, 10}) {
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, years));
        }
        return units;
    }

    private static SimpleDateFormat monthFormat(ChartText text) {
        SimpleDateFormat f = new SimpleDateFormat(text.monthPattern(), text.locale());
        f.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return f;
    }

    /**
     * A pointer that picks, when drawn, the first of a few angles and distances where its label stays
     * inside the plot and clear of the labels drawn before it; the first callout of a chart forgets
     * the previous drawing's labels.
     */
    private static final class Callout extends XYPointerAnnotation {
        private static final long serialVersionUID = 1L;
        private static final double[] ANGLES = {-Math.PI / 4, -3 * Math.PI / 4, Math.PI / 4, 3 * Math.PI / 4,
            -Math.PI / 2, Math.PI / 2};
        private static final double[] RADII = {36, 62, 88, 114, 140, 166};
        private final transient List<Rectangle2D> placed;
        private final boolean first;

        Callout(String text, double x, double y, List<Rectangle2D> placed, boolean first) {
            super(text, x, y, -Math.PI / 4);
            this.placed = placed;
            this.first = first;
            setNotify(false);  // choosing a place while drawing must not ask for another drawing
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            if (first) {
                placed.clear();
            }
            double px = domainAxis.valueToJava2D(getX(), dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(getY(), dataArea, plot.getRangeAxisEdge());
            g2.setFont(getFont());
            Rectangle2D chosen = null;
            for (double radius : RADII) {
                for (double angle : ANGLES) {
                    double lx = px + Math.cos(angle) * (radius + getLabelOffset());
                    double ly = py + Math.sin(angle) * (radius + getLabelOffset());
                    TextAnchor anchor = anchorFor(angle);
                    Rectangle2D box = TextUtils.calcAlignedStringBounds(getText(), g2, (float) lx, (float) ly, anchor);
                    if (dataArea.contains(box) && placed.stream().noneMatch(box::intersects)) {
                        setAngle(angle);
                        setBaseRadius(radius);
                        setTextAnchor(anchor);
                        chosen = box;
                        break;
                    }
                }
                if (chosen != null) {
                    break;
                }
            }
            if (chosen == null) {  // crowded: keep the first place and accept an overlap
                setAngle(ANGLES[0]);
                setBaseRadius(RADII[0]);
                setTextAnchor(anchorFor(ANGLES[0]));
                chosen = TextUtils.calcAlignedStringBounds(getText(), g2,
                        (float) (px + Math.cos(ANGLES[0]) * (RADII[0] + getLabelOffset())),
                        (float) (py + Math.sin(ANGLES[0]) * (RADII[0] + getLabelOffset())), anchorFor(ANGLES[0]));
            }
            placed.add(chosen);
            super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    private static TextAnchor anchorFor(double angle) {
        // the label sits at the arrow's tail, on the side away from the point
        if (Math.abs(Math.cos(angle)) < 1e-9) {
            return Math.sin(angle) > 0 ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
        }
        boolean left = Math.cos(angle) > 0;
        boolean below = Math.sin(angle) > 0;  // Java2D y grows downward
        if (left) {
            return below ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT;
        }
        return below ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT;
    }
}
