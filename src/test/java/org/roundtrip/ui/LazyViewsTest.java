package org.roundtrip.ui;

import org.jfree.chart.ChartMouseListener;
import org.junit.jupiter.api.Test;

import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window builds each view the first time its tab is shown (a start builds only the overview):
 * a view built late must show the snapshot of that moment, with its controls and its click handler.
 */
class LazyViewsTest {

    @Test
    void aViewBuiltLateShowsTheLatestSnapshotWithItsControls() throws Exception {
        DashboardSmokeTest.requireDisplay();
        MainWindow w = DashboardSmokeTest.openOnSample(Settings.Theme.LIGHT);
        int network = MainWindow.VIEWS.indexOf("network");
        int changes = MainWindow.VIEWS.indexOf("changes");
        AtomicReference<List<Integer>> built = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> built.set(java.util.stream.IntStream.range(0, w.tabs().getTabCount())
                .filter(i -> ((JPanel) w.tabs().getComponentAt(i)).getComponentCount() > 0).boxed().toList()));
        assertThat(built.get()).containsExactly(MainWindow.VIEWS.indexOf("overview"));

        // a change while the network view was never shown, then the view is shown
        SwingUtilities.invokeAndWait(() -> w.applyFilter(DashboardFilter.none().withCompanies(Set.of("AMD"))));
        DashboardSmokeTest.await(() -> w.isLoaded() && w.snapshot().filter().companies().equals(Set.of("AMD")),
                "the filter applies");
        SwingUtilities.invokeAndWait(() -> w.tabs().setSelectedIndex(network));
        AtomicReference<Object> drawn = new AtomicReference<>();
        AtomicReference<Integer> clickListeners = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            drawn.set(w.chartView("network").chartPanel().getChart());
            clickListeners.set(w.chartView("network").chartPanel().getListeners(ChartMouseListener.class).length);
        });
        assertThat(drawn.get()).isSameAs(w.snapshot().charts().get("network").chart());
        assertThat(clickListeners.get()).isEqualTo(1);

        // the changes view, built after the snapshot: it says there is nothing to compare with
        SwingUtilities.invokeAndWait(() -> w.tabs().setSelectedIndex(changes));
        AtomicReference<String> headline = new AtomicReference<>();
        AtomicReference<Integer> changesParts = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            headline.set(w.changesView().headline());
            changesParts.set(((JPanel) w.tabs().getComponentAt(changes)).getComponentCount());
        });
        assertThat(changesParts.get()).isEqualTo(1);
        assertThat(headline.get()).isEqualTo(Messages.get("changes.none"));

        // a view already built follows later changes too
        SwingUtilities.invokeAndWait(() -> w.applyFilter(DashboardFilter.none()));
        DashboardSmokeTest.await(() -> w.isLoaded() && w.snapshot().filter().equals(DashboardFilter.none()),
                "the filter is cleared");
        SwingUtilities.invokeAndWait(() -> drawn.set(w.chartView("network").chartPanel().getChart()));
        assertThat(drawn.get()).isSameAs(w.snapshot().charts().get("network").chart());
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());
    }
}
