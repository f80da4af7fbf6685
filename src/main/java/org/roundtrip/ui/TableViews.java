package org.roundtrip.ui;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.model.Deal;
import org.roundtrip.model.ImportIssue;
import org.roundtrip.model.RevenuePeriod;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.BorderLayout;
import java.awt.Font;
import java.util.List;

/** The tabular views: their columns, and a text filter above each. */
final class TableViews {

    final Tables.ListModel<Deal> deals = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.date"), String.class, d -> d.date().toString()),
            new Tables.Column<>(Messages.get("col.payer"), String.class, Deal::payer),
            new Tables.Column<>(Messages.get("col.recipient"), String.class, Deal::recipient),
            new Tables.Column<>(Messages.get("col.amount"), Figures.Usd.class, d -> Figures.disclosedOrNot(d.amountUsd())),
            new Tables.Column<>(Messages.get("col.written"), String.class, Deal::amountText),
            new Tables.Column<>(Messages.get("col.type"), String.class, d -> FilterBar.typeLabel(d.type())),
            new Tables.Column<>(Messages.get("col.status"), String.class,
                    d -> Messages.get("status." + d.status().name().toLowerCase(java.util.Locale.ROOT))),
            new Tables.Column<>(Messages.get("col.term"), Double.class,
                    d -> Double.isNaN(d.termYears()) ? null : d.termYears()),
            new Tables.Column<>(Messages.get("col.source"), String.class, Deal::source),
            new Tables.Column<>(Messages.get("col.origin"), String.class, d -> d.origin().toString())));
    final Tables.ListModel<RevenuePeriod> revenues = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.company"), String.class, RevenuePeriod::company),
            new Tables.Column<>(Messages.get("col.start"), String.class, r -> r.start().toString()),
            new Tables.Column<>(Messages.get("col.end"), String.class, r -> r.end().toString()),
            new Tables.Column<>(Messages.get("col.months"), Long.class, RevenuePeriod::months),
            new Tables.Column<>(Messages.get("col.metric"), String.class, RevenuePeriod::metric),
            new Tables.Column<>(Messages.get("col.amount"), Figures.Usd.class, r -> Figures.usd(r.amountUsd())),
            new Tables.Column<>(Messages.get("col.annualised"), Figures.Usd.class,
                    r -> r.isRevenue() ? Figures.usd(r.annualisedUsd()) : null),
            new Tables.Column<>(Messages.get("col.origin"), String.class, r -> r.origin().toString())));
    final Tables.ListModel<ImportIssue> issues = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.severity"), String.class,
                    i -> Messages.get(i.isRejected() ? "severity.rejected" : "severity.warning")),
            new Tables.Column<>(Messages.get("col.file"), String.class, ImportIssue::file),
            new Tables.Column<>(Messages.get("col.sheet"), String.class, ImportIssue::sheet),
            new Tables.Column<>(Messages.get("col.cell"), String.class, ImportIssue::cell),
            new Tables.Column<>(Messages.get("col.value"), String.class, ImportIssue::value),
            new Tables.Column<>(Messages.get("col.message"), String.class, ImportIssue::message)));
    final Tables.ListModel<Cycle> cycles = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.path"), String.class, c -> String.join(" → ", c.path())),
            new Tables.Column<>(Messages.get("col.length"), Integer.class, c -> c.path().size() - 1),
            new Tables.Column<>(Messages.get("col.circulating"), Figures.Usd.class, c -> Figures.disclosedOrNot(c.circulatingUsd()))));
    final Tables.ListModel<StockReaction> reactions = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.date"), String.class, r -> r.date().toString()),
            new Tables.Column<>(Messages.get("col.company"), String.class, StockReaction::company),
            new Tables.Column<>(Messages.get("col.ticker"), String.class, StockReaction::ticker),
            new Tables.Column<>(Messages.get("col.return"), Figures.Percent.class,
                    r -> Figures.fraction(r.returnFraction())),
            new Tables.Column<>(Messages.get("col.abnormal"), Figures.Percent.class, r -> Figures.fraction(r.abnormal()))));

    private final JTable issueTable = Tables.table(issues);
    private final JLabel issueWhere = new JLabel(Messages.get("issue.pick"));
    private final JLabel issueMessage = new JLabel(" ");
    private final JLabel issueValue = new JLabel(" ");

    /** Shows the import's issues and points at the first, so its cell is in view at once. */
    void setIssues(List<ImportIssue> rows) {
        issues.setRows(rows);
        if (!rows.isEmpty()) {
            issueTable.setRowSelectionInterval(0, 0);
        }
    }

    JComponent dealsView() {
        JTable table = Tables.widths(Tables.table(deals), 90, 120, 120, 120, 150, 130, 90, 80, 200, 300);
        table.setToolTipText(Messages.get("source.hint"));
        table.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2) {
                    int row = table.rowAtPoint(e.getPoint());
                    if (row >= 0) {
                        openSource(deals.row(table.convertRowIndexToModel(row)));
                    }
                }
            }
        });
        return filtered(table);
    }

    /** Opens a deal's source in the browser, only when it is an http(s) link (SafeLinks). */
    private static void openSource(Deal deal) {
        if (!SafeLinks.isSafe(deal.source())) {
            return;
        }
        try {
            SafeLinks.open(deal.source());
        } catch (java.io.IOException e) {
            javax.swing.JOptionPane.showMessageDialog(null, Messages.get("source.failed", FailureText.of(e)),
                    Messages.get("error.title"), javax.swing.JOptionPane.WARNING_MESSAGE);
        }
    }

    JComponent revenuesView() {
        return filtered(Tables.widths(Tables.table(revenues), 130, 90, 90, 60, 90, 120, 120, 300));
    }

    JComponent cyclesTable() {
        return Tables.scroll(Tables.widths(Tables.table(cycles), 600, 90, 160));
    }

    JComponent reactionsTable() {
        return Tables.scroll(Tables.table(reactions));
    }

    /** Import issues, with the chosen issue's file, sheet and cell written large below the table. */
    JComponent issuesView() {
        JPanel detail = new JPanel(new MigLayout("insets 10 12 12 12, wrap 1, gap 4", "[grow]"));
        detail.putClientProperty(FlatClientProperties.STYLE, "background: $Panel.background");
        issueWhere.setFont(issueWhere.getFont().deriveFont(Font.BOLD, issueWhere.getFont().getSize2D() * 1.6f));
        detail.add(issueWhere);
        detail.add(issueValue);
        detail.add(issueMessage, "growx, wmin 100");
        detail.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0,
                javax.swing.UIManager.getColor("Component.borderColor")));
        issueTable.getSelectionModel().addListSelectionListener(e -> showIssue());
        int[] widths = {90, 170, 120, 60, 140, 620};
        for (int c = 0; c < widths.length; c++) {
            issueTable.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        JPanel panel = filtered(issueTable);
        panel.add(detail, BorderLayout.SOUTH);
        return panel;
    }

    private void showIssue() {
        int row = issueTable.getSelectedRow();
        if (row < 0) {
            issueWhere.setText(Messages.get("issue.pick"));
            issueValue.setText(" ");
            issueMessage.setText(" ");
            return;
        }
        ImportIssue issue = issues.row(issueTable.convertRowIndexToModel(row));
        StringBuilder where = new StringBuilder(issue.file());
        where.append("  ›  ").append(issue.sheet() == null ? Messages.get("issue.nosheet") : issue.sheet());
        if (issue.cell() != null) {
            where.append("  ›  ").append(Messages.get("issue.cell", issue.cell()));
        }
        issueWhere.setText(where.toString());
        issueWhere.setForeground(issue.isRejected() ? ParseColours.rejectedText() : ParseColours.warningText());
        issueValue.setText(issue.value() == null ? " " : Messages.get("issue.value", issue.value()));
        // html lets a long message wrap inside the panel instead of being cut off
        issueMessage.setText("<html>" + escape(issue.message()) + "</html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static JPanel filtered(JTable table) {
        JTextField filter = new JTextField();
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("filter.placeholder"));
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { Tables.filter(table, filter.getText()); }
            @Override public void removeUpdate(DocumentEvent e) { Tables.filter(table, filter.getText()); }
            @Override public void changedUpdate(DocumentEvent e) { Tables.filter(table, filter.getText()); }
        });
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        panel.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        panel.add(filter, BorderLayout.NORTH);
        panel.add(Tables.scroll(table), BorderLayout.CENTER);
        return panel;
    }
}
