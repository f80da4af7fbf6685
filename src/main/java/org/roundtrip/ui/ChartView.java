package org.roundtrip.ui;

import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYAnnotationEntity;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.roundtrip.charts.MoneyFlowNetworkChart;
import org.roundtrip.charts.PresentedChart;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Cursor;
import java.awt.Font;
import java.util.function.Consumer;

/**
 * One chart view: optional controls above, the chart (zoom by dragging or the wheel, pan with Ctrl
 * held), and the chart's takeaway below in words.
 */
final class ChartView {

    private final JPanel panel = new JPanel(new BorderLayout());
    private final JPanel controls = new JPanel(new MigLayout("insets 6 8 0 8, gap 8"));
    /**
     * Made the first time the view is laid out or asked for: a chart panel with its popup menu is
     * some 20 Swing components, and a start builds only the view in front (docs/benchmarks.md).
     */
    private ChartPanel chartPanel;
    private JLabel takeaway;
    private PresentedChart shown;
    private Consumer<String> onCompany;

    ChartView() {
        controls.setVisible(false);
        panel.add(controls, BorderLayout.NORTH);
    }

    private void build() {
        if (chartPanel != null) {
            return;
        }
        chartPanel = new OpaqueChartPanel(null);
        chartPanel.setMouseWheelEnabled(true);
        // draw at the panel's real size instead of scaling a 1024-pixel bitmap up on large screens
        chartPanel.setMaximumDrawWidth(4000);
        chartPanel.setMaximumDrawHeight(3000);
        chartPanel.setMinimumDrawWidth(200);
        chartPanel.setMinimumDrawHeight(150);
        chartPanel.setInitialDelay(200);
        takeaway = new JLabel(" ");
        takeaway.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 12, 8, 12));
        takeaway.setFont(takeaway.getFont().deriveFont(Font.BOLD, takeaway.getFont().getSize2D() * 1.15f));
        panel.add(chartPanel, BorderLayout.CENTER);
        panel.add(takeaway, BorderLayout.SOUTH);
        if (onCompany != null) {
            listenForCompanies();
        }
        if (shown != null) {
            show(shown);
        }
    }

    /** Adds a control above the chart (a toggle, a combo box). */
    ChartView control(JComponent c) {
        controls.add(c);
        controls.setVisible(true);
        return this;
    }

    /**
     * Tells {@code onCompany} the company whose disc was clicked; a click on nothing passes null.
     * The network chart marks its discs with {@link MoneyFlowNetworkChart#COMPANY_LINK}. Called once.
     */
    ChartView onCompanyClicked(Consumer<String> then) {
        onCompany = then;
        if (chartPanel != null) {
            listenForCompanies();
        }
        return this;
    }

    private void listenForCompanies() {
        chartPanel.addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent event) {
                onCompany.accept(company(event.getEntity()));
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent event) {
                chartPanel.setCursor(company(event.getEntity()) == null ? Cursor.getDefaultCursor()
                        : Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
            }
        });
    }

    private static String company(ChartEntity entity) {
        if (entity instanceof XYAnnotationEntity a && a.getURLText() != null
                && a.getURLText().startsWith(MoneyFlowNetworkChart.COMPANY_LINK)) {
            return a.getURLText().substring(MoneyFlowNetworkChart.COMPANY_LINK.length());
        }
        return null;
    }

    void show(PresentedChart chart) {
        shown = chart;
        if (chartPanel == null) {
            return;  // drawn when the view is first shown
        }
        Plot plot = chart.chart().getPlot();
        if (plot instanceof XYPlot xy) {
            // panning is only meaningful where an axis has a continuous range
            xy.setDomainPannable(true);
            xy.setRangePannable(true);
        }
        chartPanel.setChart(chart.chart());
        takeaway.setText(chart.takeaway());
        takeaway.setForeground(UIManager.getColor("Label.foreground"));
    }

    /** The view, with its chart panel (made now if it was not yet). */
    JComponent component() {
        build();
        return panel;
    }

    ChartPanel chartPanel() {
        build();
        return chartPanel;
    }
}
