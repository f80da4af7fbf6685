package org.roundtrip.charts;

import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;

/** Settings every horizontal bar chart shares: value axis at the bottom, value labels at the bar's end. */
final class HorizontalBars {

    private HorizontalBars() {
    }

    static void arrange(CategoryPlot plot, BarRenderer bars) {
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        bars.setItemLabelAnchorOffset(6);
    }
}
