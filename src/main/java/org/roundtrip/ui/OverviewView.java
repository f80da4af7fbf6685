package org.roundtrip.ui;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.charts.PresentedChart;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/** The headline figures of the filtered deals, and what each chart says in one sentence. */
final class OverviewView {

    private final JPanel panel = new WidthTrackingPanel(new MigLayout("wrap 1, insets 20 24 20 24, gap 10",
            "[grow, fill]"));
    private final JScrollPane scroll = new JScrollPane(panel);

    OverviewView() {
        scroll.setBorder(null);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
    }

    JComponent component() {
        return scroll;
    }

    /** The parts of the view built at the first snapshot and given new text at each one after. */
    private JLabel shown;
    private final List<Card> cards = new ArrayList<>();
    private final List<JLabel> titles = new ArrayList<>();
    private final List<WrappedText> takeaways = new ArrayList<>();

    void show(ViewSnapshot s) {
        CompanyFigures highest = s.highestRatio();
        StockReaction biggest = s.biggestReaction();
        String[][] figures = {
            {Messages.get("overview.commitments"), Figures.money(s.commitmentsUsd()), null},
            {Messages.get("overview.revenue"), Figures.money(s.annualRevenueUsd()), null},
            {Messages.get("overview.highest"), highest == null ? Messages.get("overview.none")
                : Figures.times(highest.ratio()), highest == null ? null : highest.name()},
            {Messages.get("overview.cycles"), String.valueOf(s.summary().cycles().cycles().size())
                + (s.summary().cycles().truncated() ? "+" : ""), null},
            {Messages.get("overview.reaction"), biggest == null ? Messages.get("overview.none")
                : Figures.percent(biggest.returnFraction()),
                biggest == null ? null : biggest.company() + ", " + biggest.date()}};
        List<PresentedChart> charts = List.copyOf(s.charts().values());
        // built once: a filter change gives the labels new text instead of new labels (a new FlatLaf
        // label costs a look-and-feel lookup each, which made this view the slowest part of a redraw)
        if (shown == null || takeaways.size() != charts.size()) {
            build(figures.length, charts.size());
        }
        shown.setText(Messages.get("overview.shown", s.countedDeals().size(), s.all().deals().size())
                + (s.filter().isActive() ? "  ·  " + Messages.get("overview.filtered") : ""));
        for (int i = 0; i < figures.length; i++) {
            cards.get(i).show(figures[i][0], figures[i][1], figures[i][2]);
        }
        for (int i = 0; i < charts.size(); i++) {
            PresentedChart chart = charts.get(i);
            titles.get(i).setText(chart.title());
            takeaways.get(i).setText(chart.takeaway());
        }
        panel.revalidate();
        panel.repaint();
    }

    private void build(int figures, int charts) {
        panel.removeAll();
        cards.clear();
        titles.clear();
        takeaways.clear();
        shown = new JLabel(" ");
        shown.putClientProperty(FlatClientProperties.STYLE_CLASS, "medium");
        panel.add(shown);
        // cards may shrink below their text's width (cutting it with "…") rather than push the last one out of view
        JPanel row = new JPanel(new MigLayout("insets 0, gap 12", "[grow, fill, sg card, 0:pref]".repeat(figures)));
        for (int i = 0; i < figures; i++) {
            Card card = new Card();
            cards.add(card);
            row.add(card.panel);
        }
        panel.add(row, "gapbottom 12, wmin 0");
        JLabel heading = new JLabel(Messages.get("overview.takeaways"));
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        panel.add(heading);
        for (int i = 0; i < charts; i++) {
            JLabel title = new JLabel(" ");
            title.setFont(title.getFont().deriveFont(Font.BOLD));
            WrappedText takeaway = new WrappedText();
            panel.add(title, "gaptop 4");
            panel.add(takeaway, "wmin 100, gapleft 12");
            titles.add(title);
            takeaways.add(takeaway);
        }
    }

    /** A panel as wide as its scroll pane's view, so that long lines wrap instead of scrolling sideways. */
    private static final class WidthTrackingPanel extends JPanel implements javax.swing.Scrollable {
        private static final long serialVersionUID = 1L;

        WidthTrackingPanel(java.awt.LayoutManager layout) {
            super(layout);
        }

        @Override
        public java.awt.Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return visible.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /**
     * A sentence that wraps at the view's width and reads like a label. Not an HTML label: the first
     * one costs ~35 ms of style-sheet parsing on a cold start and each new text is parsed as HTML
     * again at every filter change (docs/benchmarks.md); plain text needs no escaping either.
     */
    private static final class WrappedText extends javax.swing.JTextArea {
        private static final long serialVersionUID = 1L;

        WrappedText() {
            setLineWrap(true);
            setWrapStyleWord(true);
            setEditable(false);
            setFocusable(false);
            setHighlighter(null);
        }

        /** New text must not scroll the overview to it, as a text area's caret would. */
        @Override
        public void scrollRectToVisible(java.awt.Rectangle r) {
            // a label asks nothing of its scroll pane
        }

        @Override
        public void updateUI() {
            super.updateUI();
            // a label's looks, in either theme, whatever the text area's defaults
            setOpaque(false);
            setBorder(null);
            setMargin(new java.awt.Insets(0, 0, 0, 0));
            setFont(javax.swing.UIManager.getFont("Label.font"));
            setForeground(javax.swing.UIManager.getColor("Label.foreground"));
        }
    }

    /** A headline figure: a rounded, slightly raised box with its name, the figure and a detail. */
    private static final class Card {
        final JPanel panel = new JPanel(new MigLayout("wrap 1, insets 14 16 14 16, gap 4", "[grow]"));
        final JLabel name = new JLabel(" ");
        final JLabel figure = new JLabel(" ");
        final JLabel detail = new JLabel(" ");

        Card() {
            // FlatLaf styles it from the theme, so it follows light and dark
            panel.putClientProperty(FlatClientProperties.STYLE,
                    "arc: 16; background: lighten($Panel.background, 4%); border: 1,1,1,1, $Component.borderColor,, 16");
            name.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
            figure.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
            panel.add(name, "wmin 0");
            panel.add(figure, "wmin 0");
            panel.add(detail, "wmin 0");
        }

        void show(String label, String value, String detailText) {
            name.setText(label);
            figure.setText(value);
            detail.setText(detailText == null ? " " : detailText);
            panel.setToolTipText(label + ": " + value + (detailText == null ? "" : " (" + detailText + ")"));
        }
    }
}
