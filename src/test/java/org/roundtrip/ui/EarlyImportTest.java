package org.roundtrip.ui;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.roundtrip.ingest.ImportCancelledException;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first import of a start runs while the window is built ({@link Dashboard#launch}), and the
 * window takes it over: the same dataset as an import the window starts itself, shown the same way.
 */
class EarlyImportTest {

    private static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");

    @Test
    void anEarlyImportReadsWhatTheWindowWouldHaveRead() throws Exception {
        ImportResult early = EarlyImport.start(List.of(SAMPLE)).await(() -> false);
        ImportResult direct = Importer.importFiles(List.of(SAMPLE), ImportOptions.defaults());
        assertThat(early.dataset().deals()).isEqualTo(direct.dataset().deals());
        assertThat(early.dataset().revenues()).isEqualTo(direct.dataset().revenues());
        assertThat(early.dataset().issues()).isEqualTo(direct.dataset().issues());
    }

    @Test
    void cancelTakenOverByTheWindowStopsIt() {
        // cancelled before it could finish: the window's cancel is polled from the moment it waits
        EarlyImport early = EarlyImport.start(List.of(SAMPLE, SAMPLE, SAMPLE, SAMPLE, SAMPLE, SAMPLE, SAMPLE, SAMPLE));
        assertThatThrownBy(() -> early.await(() -> true)).isInstanceOfAny(ImportCancelledException.class);
    }

    @Test
    void theWindowShowsAnEarlyImportAsItsOwn() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run)");
        }
        EarlyImport early = EarlyImport.start(List.of(SAMPLE));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Dashboard.installLookAndFeel(Settings.Theme.LIGHT);
            MainWindow w = new MainWindow(new Settings());
            w.frame().setBounds(0, 0, 1280, 800);
            w.frame().setVisible(true);
            w.openEarly(early, true);
            window.set(w);
        });
        MainWindow w = window.get();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            AtomicReference<Boolean> loaded = new AtomicReference<>(false);
            while (!loaded.get() && System.currentTimeMillis() < deadline) {
                SwingUtilities.invokeAndWait(() -> loaded.set(w.isLoaded()));
                Thread.sleep(20);
            }
            assertThat(loaded.get()).isTrue();
            AtomicReference<Integer> deals = new AtomicReference<>();
            AtomicReference<String> status = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                deals.set(w.snapshot().all().deals().size());
                status.set(w.statusText());
            });
            assertThat(deals.get()).isEqualTo(Importer.importFiles(List.of(SAMPLE), ImportOptions.defaults())
                    .dataset().deals().size());
            assertThat(status.get()).contains("ai-circular-financing.xlsx");
        } finally {
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        }
    }
}
