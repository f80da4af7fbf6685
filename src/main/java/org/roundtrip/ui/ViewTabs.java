package org.roundtrip.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.ui.FlatTabbedPaneUI;

import javax.swing.JTabbedPane;
import javax.swing.UIManager;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Rectangle;

/**
 * The window's tabbed pane of views. FlatLaf draws the line between the tabs and the view in front as
 * an anti-aliased even-odd fill of the whole content area less all of it but that line; Java2D's
 * rasteriser then walks every row of the content area, on every tab switch and every repaint of the
 * tabs: a fifth of what a tab switch cost on the event thread (docs/benchmarks.md). The line is the
 * same when the fill is clipped to the band beside the view, where it lies.
 */
final class ViewTabs extends JTabbedPane {

    @Override
    public void updateUI() {
        if (UIManager.getLookAndFeel() instanceof FlatLaf) {
            setUI(new SeparatorClippedUI());
        } else {
            super.updateUI();
        }
    }

    /** FlatLaf's tabs, their content separator filled only beside the view in front. */
    static final class SeparatorClippedUI extends FlatTabbedPaneUI {

        @Override
        protected void paintContentBorder(Graphics g, int tabPlacement, int selectedIndex) {
            Rectangle band = besideView(tabPane, tabPlacement);
            boolean fullBorder = tabPane.getClientProperty(FlatClientProperties.TABBED_PANE_HAS_FULL_BORDER)
                    instanceof Boolean b ? b : hasFullBorder;
            if (band == null || fullBorder) {  // a full border also runs beside and below the view
                super.paintContentBorder(g, tabPlacement, selectedIndex);
                return;
            }
            ClippedPaint.paint(g, band.x, band.y, band.width, band.height,
                    clipped -> super.paintContentBorder(clipped, tabPlacement, selectedIndex));
        }

        /**
         * The part of {@code tabs} on the tab side of the view in front (the tab strip and the separator
         * under it), or null when no view is laid out yet.
         */
        static Rectangle besideView(JTabbedPane tabs, int tabPlacement) {
            Component view = tabs.getSelectedComponent();
            if (view == null || !view.isVisible() || view.getWidth() <= 0 || view.getHeight() <= 0) {
                return null;
            }
            Rectangle v = view.getBounds();
            int w = tabs.getWidth();
            int h = tabs.getHeight();
            return switch (tabPlacement) {
                case BOTTOM -> new Rectangle(0, v.y + v.height, w, h - v.y - v.height);
                case LEFT -> new Rectangle(0, 0, v.x, h);
                case RIGHT -> new Rectangle(v.x + v.width, 0, w - v.x - v.width, h);
                default -> new Rectangle(0, 0, w, v.y);
            };
        }
    }
}
