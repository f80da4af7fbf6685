package org.roundtrip.ui;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Transparency;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * A chart panel whose buffer is opaque when the chart's background is. JFreeChart's panel always draws
 * its chart into a translucent image; on Linux, Java2D's XRender pipeline copies such an image into a
 * temporary ARGB pixmap and blends it over the window on every paint, where an opaque image goes to an
 * RGB pixmap and is copied, not blended. That copy was the largest native cost of a tab switch
 * (ADR 0010). The pixels shown are the same: the chart fills its whole area with its opaque
 * background before anything else.
 */
final class OpaqueChartPanel extends ChartPanel {

    /** The buffer this panel made, opaque or not; null until the first paint. */
    private BufferedImage buffer;

    /** A panel with JFreeChart's usual features: properties, copy, save, print, zoom, tooltips. */
    OpaqueChartPanel(JFreeChart chart) {
        super(chart, true, true, true, true, true);
    }

    /**
     * As {@link ChartPanel#paintChartToBuffer}, into an opaque image when the chart's background is an
     * opaque colour, else into a translucent one cleared first.
     */
    @Override
    protected BufferedImage paintChartToBuffer(Graphics2D g2, Dimension bufferSize, Dimension chartSize,
                                               Point2D anchor, ChartRenderingInfo info) {
        JFreeChart chart = getChart();
        int transparency = isOpaque(chart) ? Transparency.OPAQUE : Transparency.TRANSLUCENT;
        if (buffer == null || buffer.getWidth() != bufferSize.width || buffer.getHeight() != bufferSize.height
                || buffer.getTransparency() != transparency) {
            buffer = g2.getDeviceConfiguration().createCompatibleImage(bufferSize.width, bufferSize.height,
                    transparency);
            setRefreshBuffer(true);
        }
        if (getRefreshBuffer()) {
            setRefreshBuffer(false);
            Graphics2D g = buffer.createGraphics();
            try {
                if (!bufferSize.equals(chartSize)) {
                    g.scale(bufferSize.getWidth() / chartSize.getWidth(),
                            bufferSize.getHeight() / chartSize.getHeight());
                }
                Rectangle area = new Rectangle(chartSize);
                if (transparency != Transparency.OPAQUE) {
                    Composite saved = g.getComposite();
                    g.setComposite(AlphaComposite.Clear);
                    g.fill(area);
                    g.setComposite(saved);
                }
                chart.draw(g, area, anchor, info);
            } finally {
                g.dispose();
            }
        }
        return buffer;
    }

    /** Whether {@code chart} paints its whole area with an opaque colour before anything else. */
    static boolean isOpaque(JFreeChart chart) {
        return chart.getBackgroundPaint() instanceof Color c && c.getAlpha() == 255;
    }
}
