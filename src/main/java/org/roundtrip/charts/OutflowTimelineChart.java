package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.model.Deal;
import org.roundtrip.model.Names;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each company has to pay every year, stacked by who it pays, against what it earns in a year:
 * each known amount divided by its term in years ({@link Deal#annualisingYears()}), the company's
 * annualised revenue drawn as a bar-wide mark.
 */
public final class OutflowTimelineChart {

    /** Labels used on the chart; passed in so the window can translate them. */
    public record Labels(String title, String revenue, String axis) {
        public static final Labels ENGLISH = of(ChartText.ENGLISH);

        /** The labels in {@code text}'s language. */
        public static Labels of(ChartText text) {
            return new Labels(text.text("timeline.title"), text.text("timeline.revenue"), text.text("timeline.axis"));
        }
    }

    /** Payers (bars) shown at most: the largest by annual outflow; said in a note when reached. */
    public static final int MAX_PAYERS = 20;

    /**
     * Counterparties (stacked series, legend entries) shown at most: the ones the payers shown pay most;
     * beyond it the rest are summed into one series, "Other companies (n)".
     */
    public static final int MAX_COUNTERPARTIES = 12;

    private OutflowTimelineChart() {
    }

    /**
     * @param deals     counted deals that are not self-deals; undisclosed amounts are left out
     * @param companies every company's figures, for the annualised revenue (null revenue: no mark)
     */
    public static JFreeChart create(List<Deal> deals, List<CompanyFigures> companies, Labels labels, ChartTheme theme) {
        return create(deals, companies, labels, ChartText.ENGLISH, theme);
    }

    /** As {@link #create(List, List, Labels, ChartTheme)}, every word and number in {@code text}'s language. */
    public static JFreeChart create(List<Deal> deals, List<CompanyFigures> companies, ChartText text,
                                    ChartTheme theme) {
        return create(deals, companies, Labels.of(text), text, theme);
    }

    private static JFreeChart create(List<Deal> deals, List<CompanyFigures> companies, Labels labels, ChartText text,
                                     ChartTheme theme) {
        // summed in hash maps (a sorted map compared names on every one of 100,000 deals), in place in
        // one-slot arrays (a boxed Double per deal and map was half of this chart), then put in name
        // order for what is drawn: each sum adds its deals in the same order either way
        Map<String, double[]> summedByPayer = new java.util.HashMap<>();
        Map<String, Map<String, double[]>> summedByPayerAndRecipient = new java.util.HashMap<>();
        for (Deal deal : deals) {
            if (deal.isDisclosed() && deal.amountUsd() > 0) {
                double perYear = deal.amountUsd() / deal.annualisingYears();
                summedByPayer.computeIfAbsent(deal.payer(), p -> new double[1])[0] += perYear;
                summedByPayerAndRecipient.computeIfAbsent(deal.payer(), p -> new java.util.HashMap<>())
                        .computeIfAbsent(deal.recipient(), r -> new double[1])[0] += perYear;
            }
        }
        Map<String, Double> annualByPayer = new TreeMap<>(Names.ORDER);
        summedByPayer.forEach((payer, sum) -> annualByPayer.put(payer, sum[0]));
        List<String> payers = annualByPayer.keySet().stream()
                .sorted(Comparator.comparing((String p) -> annualByPayer.get(p)).reversed()).toList();
        List<String> notes = new java.util.ArrayList<>();
        if (payers.size() > MAX_PAYERS) {
            notes.add(text.text("timeline.capped", MAX_PAYERS, payers.size()));
            payers = payers.subList(0, MAX_PAYERS);
        }
        Map<String, Map<String, Double>> byPayerAndRecipient = new TreeMap<>(Names.ORDER);
        for (String payer : payers) {
            Map<String, Double> byRecipient = new TreeMap<>(Names.ORDER);
            summedByPayerAndRecipient.get(payer).forEach((recipient, sum) -> byRecipient.put(recipient, sum[0]));
            byPayerAndRecipient.put(payer, byRecipient);
        }
        // the counterparties the payers shown pay most; beyond MAX_COUNTERPARTIES the rest are one series
        Map<String, Double> toRecipient = new java.util.HashMap<>();
        for (String payer : payers) {
            byPayerAndRecipient.get(payer).forEach((r, v) -> toRecipient.merge(r, v, Double::sum));
        }
        Set<String> named = new java.util.HashSet<>();
        toRecipient.keySet().stream().sorted(Comparator.comparingDouble((String r) -> -toRecipient.get(r))
                .thenComparing(Names.ORDER)).limit(toRecipient.size() > MAX_COUNTERPARTIES ? MAX_COUNTERPARTIES - 1
                        : MAX_COUNTERPARTIES).forEach(named::add);
        String others = toRecipient.size() > named.size()
                ? text.text("timeline.others", toRecipient.size() - named.size()) : null;
        DefaultCategoryDataset outflows = new DefaultCategoryDataset();
        // register every counterparty as a series in name order so colours are stable between exports
        List<String> recipients = named.stream().sorted(Names.ORDER).toList();
        for (String recipient : recipients) {
            for (String payer : payers) {
                outflows.addValue(byPayerAndRecipient.get(payer).get(recipient), recipient, payer);
            }
        }
        if (others != null) {
            for (String payer : payers) {
                double rest = byPayerAndRecipient.get(payer).entrySet().stream()
                        .filter(e -> !named.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
                outflows.addValue(rest > 0 ? rest : null, others, payer);
            }
        }
        DefaultCategoryDataset revenue = new DefaultCategoryDataset();
        Map<String, Double> revenueByName = new TreeMap<>(Names.ORDER);
        companies.forEach(c -> revenueByName.put(c.name(), c.annualRevenueUsd()));
        for (String payer : payers) {
            revenue.addValue(revenueByName.get(payer), labels.revenue(), payer);
        }

        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryLabelPositions(payers.size() > 8 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        NumberAxis values = new NumberAxis(labels.axis());
        values.setNumberFormatOverride(new UsdAxisFormat(text));
        // the palette repeats after eight counterparties: the summed rest must never share a company's colour
        Color rest = theme.rest();
        StackedBarRenderer bars = new StackedBarRenderer() {
            @Override
            public Paint getSeriesPaint(int series) {
                return others != null && others.equals(outflows.getRowKey(series)) ? rest : super.getSeriesPaint(series);
            }

            @Override
            public Paint lookupSeriesPaint(int series) {
                return others != null && others.equals(outflows.getRowKey(series)) ? rest : super.lookupSeriesPaint(series);
            }
        };
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} → {0}: {2}", new UsdAxisFormat(text)));
        CategoryPlot plot = new CategoryPlot(outflows, categories, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setNoDataMessage(text.text("timeline.noData"));

        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, new Rectangle2D.Double(-16, -2, 32, 4));
        marks.setSeriesPaint(0, theme.text());
        marks.setSeriesOutlineStroke(0, new BasicStroke(1f));
        plot.setDataset(1, revenue);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(labels.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme.apply(chart);
        marks.setSeriesPaint(0, theme.text());
        plot.setNoDataMessagePaint(theme.text());
        notes.forEach(note -> ChartNote.add(chart, note, theme));
        return chart;
    }

    /** "OpenAI must pay 7.2× its annual revenue every year", from the largest annual ratio. */
    public static String takeaway(List<CompanyFigures> companies) {
        return takeaway(companies, ChartText.ENGLISH);
    }

    /** As {@link #takeaway(List)}, in {@code text}'s language. */
    public static String takeaway(List<CompanyFigures> companies, ChartText text) {
        return companies.stream().filter(c -> c.annualRatio() != null && c.annualRatio() > 0)
                .max(Comparator.comparing(CompanyFigures::annualRatio))
                .map(c -> text.text("timeline.takeaway", c.name(), text.times(c.annualRatio()),
                        text.usd(c.annualOutgoingUsd())))
                .orElse(text.text("timeline.takeaway.none"));
    }

    /** Axis numbers as "40 bn", "1.2 tn" (French "40 Md"): readable at slide size where 4.0E10 is not. */
    static final class UsdAxisFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient ChartText text;

        UsdAxisFormat(ChartText text) {
            this.text = text;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(number == 0 ? "0" : (text == null ? ChartText.ENGLISH : text).number(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return new DecimalFormat().parse(source, parsePosition);
        }
    }
}
