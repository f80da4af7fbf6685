package org.roundtrip.ui;

import net.miginfocom.swing.MigLayout;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.RatioChangeChart;
import org.roundtrip.analysis.DealChange;
import org.roundtrip.analysis.FieldChange;
import org.roundtrip.analysis.ImportChanges;
import org.roundtrip.analysis.RatioChange;
import org.roundtrip.model.Deal;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What moved since the workspace's previous import: deals added, removed and changed, and the ratios that moved. */
final class ChangesView {

    /** One line of the deals table: a deal added or removed, or a deal whose fields changed. */
    record Line(String kind, Deal deal, String details) {
    }

    private final Tables.ListModel<Line> deals = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("changes.col.change"), String.class, Line::kind),
            new Tables.Column<>(Messages.get("col.date"), String.class, l -> l.deal().date().toString()),
            new Tables.Column<>(Messages.get("col.payer"), String.class, l -> l.deal().payer()),
            new Tables.Column<>(Messages.get("col.recipient"), String.class, l -> l.deal().recipient()),
            new Tables.Column<>(Messages.get("col.amount"), Figures.Usd.class, l -> Figures.disclosedOrNot(l.deal().amountUsd())),
            new Tables.Column<>(Messages.get("changes.col.details"), String.class, Line::details)));
    private final Tables.ListModel<RatioChange> ratios = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.company"), String.class, RatioChange::company),
            new Tables.Column<>(Messages.get("changes.col.ratio.before"), String.class, r -> times(r.ratioBefore())),
            new Tables.Column<>(Messages.get("changes.col.ratio.after"), String.class, r -> times(r.ratioAfter())),
            new Tables.Column<>(Messages.get("changes.col.annual.before"), String.class, r -> times(r.annualRatioBefore())),
            new Tables.Column<>(Messages.get("changes.col.annual.after"), String.class, r -> times(r.annualRatioAfter()))));
    private final JLabel headline = new JLabel(Messages.get("changes.none"));
    private final JPanel panel = new JPanel(new BorderLayout());
    /** The ratio moves as a chart, beside their table. */
    private final JPanel chartHolder = new JPanel(new BorderLayout());
    private List<RatioChange> moved = List.of();

    /** Made the first time the view is asked for: a start builds only the view in front. */
    private boolean built;

    private void build() {
        if (built) {
            return;
        }
        built = true;
        JPanel top = new JPanel(new MigLayout("insets 10 12 6 12"));
        headline.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "h3");
        top.add(headline);
        JSplitPane ratioSplit = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, Tables.scroll(Tables.table(ratios)),
                chartHolder);
        ratioSplit.setResizeWeight(0.45);
        ratioSplit.setBorder(null);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, Tables.scroll(Tables.table(deals)),
                ratioSplit);
        split.setResizeWeight(0.6);
        split.setBorder(null);
        panel.add(top, BorderLayout.NORTH);
        panel.add(split, BorderLayout.CENTER);
    }

    /** The sentence above the tables (for tests). */
    String headline() {
        return headline.getText();
    }

    JComponent component() {
        build();
        return panel;
    }

    void show(ImportChanges changes) {
        if (changes == null) {
            headline.setText(Messages.get("changes.none"));
            deals.setRows(List.of());
            ratios.setRows(List.of());
            moved = List.of();
            showChart();
            return;
        }
        moved = changes.companies().stream().filter(RatioChange::moved).toList();
        headline.setText(Messages.get("changes.headline", changes.added().size(), changes.removed().size(),
                changes.changed().size(), moved.size()));
        deals.setRows(lines(changes));
        ratios.setRows(moved);
        showChart();
    }

    /** Draws the ratio moves in the current theme (called again when the theme changes). */
    void showChart() {
        chartHolder.removeAll();
        if (!moved.isEmpty()) {
            ChartTheme theme = Dashboard.isDark() ? ChartTheme.DARK : ChartTheme.LIGHT;
            RatioChangeChart.Labels labels = new RatioChangeChart.Labels(Messages.get("changes.chart.title"),
                    Messages.get("changes.col.ratio.before"), Messages.get("changes.col.ratio.after"),
                    Messages.get("changes.chart.axis"));
            chartHolder.add(new OpaqueChartPanel(RatioChangeChart.create(moved, 12, labels, theme)), BorderLayout.CENTER);
        }
        chartHolder.revalidate();
        chartHolder.repaint();
    }

    static List<Line> lines(ImportChanges changes) {
        List<Line> lines = new ArrayList<>();
        changes.added().forEach(d -> lines.add(new Line(Messages.get("changes.added"), d, d.amountText())));
        changes.removed().forEach(d -> lines.add(new Line(Messages.get("changes.removed"), d, d.amountText())));
        for (DealChange c : changes.changed()) {
            String details = c.fields().stream().map(ChangesView::describe).collect(Collectors.joining("; "));
            lines.add(new Line(Messages.get("changes.changed"), c.after(), details));
        }
        return lines;
    }

    private static String describe(FieldChange f) {
        return f.field() + ": " + show(f.before()) + " → " + show(f.after());
    }

    private static String show(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Double d) {
            return d.isNaN() ? "—" : Math.abs(d) >= 1e6 ? Figures.money(d) : String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(v);
    }

    private static String times(Double ratio) {
        return ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
