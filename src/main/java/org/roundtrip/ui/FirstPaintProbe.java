package org.roundtrip.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.event.ChartProgressListener;

import javax.swing.SwingUtilities;
import java.util.Locale;

/**
 * Hidden, for the window benchmark only ({@code src/bench/.../WindowBenchmarks}): started with
 * {@code -Droundtrip.benchmark.firstPaint=exit}, the window prints, once the first dataset is shown,
 * one line on stdout and exits:
 *
 * <pre>roundtrip-first-paint shown=T overview=T chart=T</pre>
 *
 * with each T in epoch milliseconds: {@code shown} when the frame was opened (empty), {@code overview}
 * when the overview had painted the dataset's figures (the first repaint after the snapshot was shown
 * has run), {@code chart} when the first chart view (the ratios, what Ctrl+2 shows) had drawn its chart
 * in the real window: JFreeChart's own "drawing finished" event, fired from the chart panel's paint.
 * Without the property nothing changes.
 */
final class FirstPaintProbe {

    static final String PROPERTY = "roundtrip.benchmark.firstPaint";

    private static long shownAt;
    private static boolean reported;

    private FirstPaintProbe() {
    }

    static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
    }

    /** The frame was opened. */
    static void windowShown() {
        if (enabled() && shownAt == 0) {
            shownAt = System.currentTimeMillis();
        }
    }

    /**
     * The first snapshot was just handed to every view (on the EDT): waits for the overview's repaint,
     * then shows the ratios view and waits for its chart to be drawn.
     */
    static void snapshotShown(MainWindow window) {
        if (!enabled() || reported) {
            return;
        }
        reported = true;
        // the repaint the snapshot asked for is already queued: this runs after it has painted
        SwingUtilities.invokeLater(() -> {
            long overview = System.currentTimeMillis();
            int ratios = MainWindow.VIEWS.indexOf("ratios");
            JFreeChart chart = window.chartView("ratios").chartPanel().getChart();
            chart.addProgressListener(new ChartProgressListener() {
                @Override
                public void chartProgress(ChartProgressEvent event) {
                    if (event.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                        chart.removeProgressListener(this);
                        long drawn = System.currentTimeMillis();
                        System.out.printf(Locale.ROOT, "roundtrip-first-paint shown=%d overview=%d chart=%d%n",
                                shownAt, overview, drawn);
                        System.out.flush();
                        System.exit(0);
                    }
                }
            });
            window.tabs().setSelectedIndex(ratios);
        });
    }
}
