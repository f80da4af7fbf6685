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

    void show(ViewSnapshot s) {
        panel.removeAll();
        JLabel shown = new JLabel(Messages.get("overview.shown", s.countedDeals().size(), s.all().deals().size())
                + (s.filter().isActive() ? "  ·  " + Messages.get("overview.filtered") : ""));
        shown.putClientProperty(FlatClientProperties.STYLE_CLASS, "medium");
        panel.add(shown);
        // cards may shrink below their text's width (cutting it with "…") rather than push the last one out of view
        JPanel cards = new JPanel(new MigLayout("insets 0, gap 12", "[grow, fill, sg card, 0:pref]".repeat(5)));
        CompanyFigures highest = s.highestRatio();
        StockReaction biggest = s.biggestReaction();
        cards.add(card(Messages.get("overview.commitments"), Figures.money(s.commitmentsUsd()), null));
        cards.add(card(Messages.get("overview.revenue"), Figures.money(s.annualRevenueUsd()), null));
        cards.add(card(Messages.get("overview.highest"), highest == null ? Messages.get("overview.none")
                : Figures.times(highest.ratio()), highest == null ? null : highest.name()));
        cards.add(card(Messages.get("overview.cycles"), String.valueOf(s.summary().cycles().cycles().size())
                + (s.summary().cycles().truncated() ? "+" : ""), null));
        cards.add(card(Messages.get("overview.reaction"), biggest == null ? Messages.get("overview.none")
                : Figures.percent(biggest.returnFraction()),
                biggest == null ? null : biggest.company() + ", " + biggest.date()));
        panel.add(cards, "gapbottom 12, wmin 0");
        JLabel heading = new JLabel(Messages.get("overview.takeaways"));
        heading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        panel.add(heading);
        for (PresentedChart chart : s.charts().values()) {
            JLabel title = new JLabel(chart.title());
            title.setFont(title.getFont().deriveFont(Font.BOLD));
            panel.add(title, "gaptop 4");
            panel.add(new JLabel("<html>" + chart.takeaway().replace("&", "&amp;").replace("<", "&lt;") + "</html>"),
                    "wmin 100, gapleft 12");
        }
        panel.revalidate();
        panel.repaint();
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

    private static JPanel card(String label, String value, String detail) {
        JPanel card = new JPanel(new MigLayout("wrap 1, insets 14 16 14 16, gap 4", "[grow]"));
        // a rounded, slightly raised box; FlatLaf styles it from the theme, so it follows light and dark
        card.putClientProperty(FlatClientProperties.STYLE,
                "arc: 16; background: lighten($Panel.background, 4%); border: 1,1,1,1, $Component.borderColor,, 16");
        JLabel name = new JLabel(label);
        name.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        JLabel figure = new JLabel(value);
        figure.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        card.add(name, "wmin 0");
        card.add(figure, "wmin 0");
        card.add(new JLabel(detail == null ? " " : detail), "wmin 0");
        card.setToolTipText(label + ": " + value + (detail == null ? "" : " (" + detail + ")"));
        return card;
    }
}
