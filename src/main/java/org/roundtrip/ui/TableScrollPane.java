package org.roundtrip.ui;

import com.formdev.flatlaf.ui.FlatScrollPaneBorder;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.border.Border;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Insets;
import java.util.function.Consumer;

/**
 * The scroll pane of a view's table. FlatLaf outlines a scroll pane as an anti-aliased even-odd fill of
 * its whole area less all of it but the outline, and Java2D's rasteriser walks every row of that area:
 * for a table as large as the window, a large part of a table view's repaint (docs/benchmarks.md).
 * The look and feel's border is kept, and painted one edge band at a time, which gives the same pixels.
 */
final class TableScrollPane extends JScrollPane {

    TableScrollPane(JTable table) {
        super(table);
    }

    /**
     * Takes FlatLaf's scroll pane border (which the look and feel and {@code JTable} install, each time
     * it changes) as an {@link EdgeBandsBorder}; any other border as it is.
     */
    @Override
    public void setBorder(Border border) {
        super.setBorder(border != null && border.getClass() == FlatScrollPaneBorder.class
                ? new EdgeBandsBorder() : border);
    }

    /**
     * FlatLaf's scroll pane border (its colours and sizes read from the look and feel in force when it
     * is made), painted clipped to four bands along the edges, each at least {@link #BAND} pixels thick
     * so that a rounded corner falls inside one. The bands do not overlap: no pixel is painted twice.
     */
    static final class EdgeBandsBorder extends FlatScrollPaneBorder {

        /** The least thickness of a band, in pixels: more than any corner arc FlatLaf gives a border. */
        static final int BAND = 12;

        @Override
        public void paintBorder(Component c, Graphics g, int x, int y, int width, int height) {
            Insets in = getBorderInsets(c);
            int top = Math.min(Math.max(in.top, BAND), height / 2);
            int bottom = Math.min(Math.max(in.bottom, BAND), height - top);
            int left = Math.min(Math.max(in.left, BAND), width / 2);
            int right = Math.min(Math.max(in.right, BAND), width - left);
            Consumer<Graphics> outline = clipped -> super.paintBorder(c, clipped, x, y, width, height);
            ClippedPaint.paint(g, x, y, width, top, outline);
            ClippedPaint.paint(g, x, y + height - bottom, width, bottom, outline);
            ClippedPaint.paint(g, x, y + top, left, height - top - bottom, outline);
            ClippedPaint.paint(g, x + width - right, y + top, right, height - top - bottom, outline);
        }
    }
}
