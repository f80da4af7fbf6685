package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

/** The one look of every chart, light or dark, applied to a chart after it is built. */
public enum ChartTheme {
    LIGHT(new Color(0xFFFFFF), new Color(0x1F2328), new Color(0xE4E7EB), new Color(0x57606A)),
    DARK(new Color(0x1E1F22), new Color(0xDFE1E5), new Color(0x393B40), new Color(0x9DA3AB));

    /** Series colours, readable on both backgrounds (Okabe–Ito, colour-blind safe). */
    public static final Color[] SERIES = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999)
    };

    private final Color background;
    private final Color text;
    private final Color grid;
    private final Color subtleText;

    ChartTheme(Color background, Color text, Color grid, Color subtleText) {
        this.background = background;
        this.text = text;
        this.grid = grid;
        this.subtleText = subtleText;
    }

    public Color background() {
        return background;
    }

    public Color text() {
        return text;
    }

    public Color grid() {
        return grid;
    }

    public Color subtleText() {
        return subtleText;
    }

    /** Applies the theme to a chart in place and returns it. */
    public JFreeChart apply(JFreeChart chart) {
        StandardChartTheme t = new StandardChartTheme(name());
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        t.setExtraLargeFont(base.deriveFont(Font.BOLD, 18f));
        t.setLargeFont(base.deriveFont(Font.BOLD, 13f));
        t.setRegularFont(base);
        t.setSmallFont(base.deriveFont(11f));
        t.setChartBackgroundPaint(background);
        t.setPlotBackgroundPaint(background);
        t.setLegendBackgroundPaint(background);
        t.setTitlePaint(text);
        t.setSubtitlePaint(subtleText);
        t.setLegendItemPaint(text);
        t.setAxisLabelPaint(text);
        t.setTickLabelPaint(subtleText);
        t.setItemLabelPaint(text);
        t.setDomainGridlinePaint(grid);
        t.setRangeGridlinePaint(grid);
        t.setPlotOutlinePaint(grid);
        t.setShadowVisible(false);
        t.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        t.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        t.setDrawingSupplier(new org.jfree.chart.plot.DefaultDrawingSupplier(
                SERIES, SERIES, org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        t.apply(chart);
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        // solid hairlines in the grid colour rather than JFreeChart's dotted ones: as quiet on the page,
        // and a dotted line is drawn dot by dot, a third of a chart's paint at 1280 pixels
        java.awt.Stroke gridline = new java.awt.BasicStroke(0.5f);
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(grid);
            cp.setRangeGridlineStroke(gridline);
            cp.setDomainGridlineStroke(gridline);
        } else if (plot instanceof XYPlot xp) {
            xp.setRangeGridlinePaint(grid);
            xp.setDomainGridlinePaint(grid);
            xp.setRangeGridlineStroke(gridline);
            xp.setDomainGridlineStroke(gridline);
        }
        return chart;
    }

    /**
     * The colour of a series that sums "the rest" (other companies): a slate no colour of the palette
     * is near, in either theme, so that it is never taken for a company the palette names.
     */
    public Color rest() {
        return this == LIGHT ? subtleText : new Color(0x5C6773);
    }

    /** A series colour by position, cycling. */
    public static Paint series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }
}
