package org.roundtrip.ui;

import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;

import javax.swing.AbstractButton;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Drives the real {@link MainWindow} for {@code org.roundtrip.bench.WindowBenchmarks}: lives in the
 * window's package (bench sources only) to reach its package-private parts.
 */
public final class WindowDriver {

    private final MainWindow window;

    private WindowDriver(MainWindow window) {
        this.window = window;
    }

    /** A window of 1280 × 800, light theme, shown, with nothing loaded. */
    public static WindowDriver open() throws Exception {
        return new WindowDriver(onEdt(() -> {
            Dashboard.installLookAndFeel(Settings.Theme.LIGHT);
            MainWindow w = new MainWindow(new Settings());
            w.frame().setBounds(0, 0, 1280, 800);
            w.frame().setVisible(true);
            return w;
        }));
    }

    /** Shows {@code dataset} as an import and waits until every view has it. */
    public void show(Dataset dataset, String name) throws Exception {
        onEdt(() -> {
            window.showDataset(dataset, name);
            return null;
        });
        awaitLoaded(600_000);
    }

    public void close() throws Exception {
        onEdt(() -> {
            window.frame().dispose();
            return null;
        });
    }

    /** The filter changes a benchmark cycles through: each differs from the one before. */
    public static List<String> filterChanges() {
        return List.of("dates 2021–2024", "none", "talks too", "no equity", "one company", "none");
    }

    /** What one filter change cost. */
    public record Redraw(long computeNanos, Map<String, Long> paintNanos) {
        public long totalNanos() {
            return computeNanos + paintNanos.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Applies filter change {@code change} (see {@link #filterChanges()}) as the filter strip does, waits
     * until the window has shown the new snapshot in every view, then shows every view in turn as a click
     * on its tab does: the tab selected, then what Swing would do next (lay out and paint what the switch
     * made invalid and dirty: the tab strip and the view), and the X server done with it.
     */
    public Redraw change(String change, String company) throws Exception {
        DashboardFilter next = filter(change, company);
        settle();
        long start = System.nanoTime();
        onEdt(() -> {
            window.applyFilter(next);
            return null;
        });
        awaitLoaded(600_000);
        settle();  // the view in front repainted with the new snapshot, as the user sees it
        long compute = System.nanoTime() - start;
        return new Redraw(compute, switchToEachView());
    }

    /**
     * Switches to each view in turn as {@link #change} does after a filter change, but with nothing
     * changed: every view shows what it showed, each chart from its buffer. What a switch costs Swing,
     * FlatLaf and the X server alone; returns the nanoseconds of all the switches.
     */
    public long switchWithoutChange() throws Exception {
        settle();
        return switchToEachView().values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Selects each view's tab in turn and paints what the switch made dirty, as a click on the tab does,
     * then goes back to the first view; returns each switch's nanoseconds by view.
     */
    private Map<String, Long> switchToEachView() throws Exception {
        Map<String, Long> paint = new LinkedHashMap<>();
        for (int i = 0; i < MainWindow.VIEWS.size(); i++) {
            int tab = i;
            paint.put(MainWindow.VIEWS.get(i), onEdt(() -> {
                long s = System.nanoTime();
                window.tabs().setSelectedIndex(tab);
                paintNow();
                return System.nanoTime() - s;
            }));
        }
        onEdt(() -> {
            window.tabs().setSelectedIndex(0);
            paintNow();
            return null;
        });
        return paint;
    }

    /** Lets the event thread lay out and paint whatever is pending, and the X server draw it. */
    private void settle() throws Exception {
        onEdt(() -> {
            paintNow();
            return null;
        });
    }

    /**
     * What the repaint manager does when it next runs (lay out, then paint the dirty regions), done now,
     * then waits until the display has drawn it: paint requests to an X server are asynchronous.
     */
    private void paintNow() {
        RepaintManager repaints = RepaintManager.currentManager(window.frame());
        repaints.validateInvalidComponents();
        repaints.paintDirtyRegions();
        Toolkit.getDefaultToolkit().sync();
    }

    /**
     * Where the compute of filter change {@code change} goes, off the window: filtering, the analysis,
     * then each chart, as {@link ViewSnapshot#compute} builds them (name → nanoseconds).
     */
    public static Map<String, Long> computeSteps(Dataset all, String change, String company) {
        Map<String, Long> steps = new LinkedHashMap<>();
        DashboardFilter f = filter(change, company);
        long t = System.nanoTime();
        Dataset filtered = f.apply(all);
        steps.put("filter", System.nanoTime() - t);
        ChartCatalog catalog = new ChartCatalog(filtered, f.options(),
                new ChartCatalog.Choices(null, ChartCatalog.Choices.defaults().coverageYear(), Map.of(),
                        java.util.Locale.getDefault()));
        t = System.nanoTime();
        catalog.summary();
        steps.put("analysis", System.nanoTime() - t);
        for (String name : ChartCatalog.NAMES) {
            t = System.nanoTime();
            catalog.create(name, ChartTheme.LIGHT);
            steps.put(name, System.nanoTime() - t);
        }
        return steps;
    }

    static DashboardFilter filter(String change, String company) {
        DashboardFilter none = DashboardFilter.none();
        return switch (change) {
            case "dates 2021–2024" -> none.withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
            case "none" -> none;
            case "talks too" -> none.withStatuses(EnumSet.allOf(DealStatus.class));
            case "no equity" -> none.withTypes(EnumSet.complementOf(EnumSet.of(DealType.EQUITY_INVESTMENT)));
            case "one company" -> none.withCompanies(Set.of(company));
            default -> throw new IllegalArgumentException(change);
        };
    }

    /**
     * Opens {@code workbook} in the window (File › Open), presses Cancel after {@code afterMillis} and
     * returns the milliseconds until the import had stopped (Cancel hidden again), or -1 when the import
     * had already finished before Cancel could be pressed.
     */
    public long cancelAfter(Path workbook, long afterMillis) throws Exception {
        onEdt(() -> {
            window.open(List.of(workbook));
            return null;
        });
        Thread.sleep(afterMillis);
        AbstractButton cancel = onEdt(() -> find(window.frame().getContentPane(), AbstractButton.class,
                Messages.get("button.cancel")));
        if (!onEdt(cancel::isVisible)) {
            return -1;
        }
        long start = System.nanoTime();
        onEdt(() -> {
            cancel.doClick();
            return null;
        });
        long deadline = System.currentTimeMillis() + 60_000;
        while (onEdt(cancel::isVisible) && System.currentTimeMillis() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The status bar's progress text while an import runs, sampled every {@code everyMillis} for {@code millis}. */
    public List<String> statusWhileImporting(Path workbook, long millis, long everyMillis) throws Exception {
        onEdt(() -> {
            window.open(List.of(workbook));
            return null;
        });
        List<String> seen = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            String s = onEdt(() -> window.statusText());
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(s)) {
                seen.add(s);
            }
            Thread.sleep(everyMillis);
        }
        AbstractButton cancel = onEdt(() -> find(window.frame().getContentPane(), AbstractButton.class,
                Messages.get("button.cancel")));
        onEdt(() -> {
            if (cancel.isVisible()) {
                cancel.doClick();
            }
            return null;
        });
        while (onEdt(cancel::isVisible)) {
            Thread.sleep(10);
        }
        return seen;
    }

    private void awaitLoaded(long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!onEdt(window::isLoaded)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the window did not finish in " + timeoutMillis + " ms");
            }
            LockSupport.parkNanos(1_000_000);  // 1 ms: finer polling only competes with the window for the CPU
        }
    }

    private static <T extends Component> T find(Container root, Class<T> type, String text) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && c instanceof AbstractButton b && text.equals(b.getText())) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = find(inner, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(Supplier<T> call) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(call.get()));
        return result.get();
    }
}
