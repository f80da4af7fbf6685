package org.roundtrip.ui;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the real window on the bundled sample, switches every view in both themes, applies a filter,
 * opens the import wizard, and writes a screenshot of each to target/screenshots. Needs a display: CI
 * runs it under xvfb-run (and fails rather than skips there); on a machine without one it is skipped.
 */
class DashboardSmokeTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @Test
    void opensTheSampleAndShowsEveryViewInBothThemes() throws Exception {
        requireDisplay();
        Files.createDirectories(OUT);
        for (Settings.Theme theme : new Settings.Theme[] {Settings.Theme.LIGHT, Settings.Theme.DARK}) {
            MainWindow w = openOnSample(theme);
            JTabbedPane tabs = w.tabs();
            assertThat(tabs.getTabCount()).isEqualTo(MainWindow.VIEWS.size());
            for (int i = 0; i < tabs.getTabCount(); i++) {
                int tab = i;
                SwingUtilities.invokeAndWait(() -> tabs.setSelectedIndex(tab));
                BufferedImage image = shoot(w.frame().getContentPane(),
                        theme.name().toLowerCase(Locale.ROOT) + "-" + (tab < 9 ? "0" : "") + (tab + 1) + "-"
                                + MainWindow.VIEWS.get(tab) + ".png");
                assertThat(image.getWidth()).isGreaterThan(600);
            }
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        }
    }

    @Test
    void switchingTheThemeRedrawsTheChartsInIt() throws Exception {
        requireDisplay();
        MainWindow w = openOnSample(Settings.Theme.LIGHT);
        assertThat(w.snapshot().charts().get("ratios").chart().getBackgroundPaint())
                .isEqualTo(org.roundtrip.charts.ChartTheme.LIGHT.background());

        SwingUtilities.invokeAndWait(() -> w.applyTheme(Settings.Theme.DARK));
        await(() -> w.isLoaded() && Dashboard.isDark(), "the dark theme applies");

        assertThat(w.snapshot().charts().values()).allSatisfy(c -> assertThat(c.chart().getBackgroundPaint())
                .isEqualTo(org.roundtrip.charts.ChartTheme.DARK.background()));
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());
    }

    @Test
    void clickingACompanyFiltersEveryView() throws Exception {
        requireDisplay();
        MainWindow w = openOnSample(Settings.Theme.LIGHT);
        int allDeals = w.snapshot().filtered().deals().size();
        SwingUtilities.invokeAndWait(() -> w.applyFilter(DashboardFilter.none().withCompanies(Set.of("AMD"))));
        await(() -> w.isLoaded() && w.snapshot().filter().companies().equals(Set.of("AMD")), "the filter applies");

        assertThat(w.snapshot().filtered().deals()).hasSizeLessThan(allDeals)
                .allSatisfy(d -> assertThat(List.of(d.payer(), d.recipient())).contains("AMD"));
        SwingUtilities.invokeAndWait(() -> w.tabs().setSelectedIndex(MainWindow.VIEWS.indexOf("network")));
        shoot(w.frame().getContentPane(), "light-filtered-network-amd.png");
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());
    }

    @Test
    void theImportWizardPreviewsAFrenchWorkbookAndImportsIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        requireDisplay();
        Files.createDirectories(OUT);
        Path french = org.roundtrip.ingest.TestWorkbooks.create()
                .sheet("Accords",
                        org.roundtrip.ingest.TestWorkbooks.row("Accords de financement, état au 30 septembre"),
                        org.roundtrip.ingest.TestWorkbooks.row("Date d'annonce", "Investisseur", "Bénéficiaire",
                                "Montant", "Type d'accord", "Statut"),
                        org.roundtrip.ingest.TestWorkbooks.row(java.time.LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI",
                                "100 milliards de dollars", "investissement", "signé"),
                        org.roundtrip.ingest.TestWorkbooks.row(java.time.LocalDate.of(2025, 9, 10), "OpenAI", "Oracle",
                                "300 Md$", "contrat cloud", "annoncé"),
                        org.roundtrip.ingest.TestWorkbooks.row(java.time.LocalDate.of(2025, 10, 6), "OpenAI", "AMD",
                                "beaucoup", "achat de puces", "annoncé"),
                        org.roundtrip.ingest.TestWorkbooks.row(java.time.LocalDate.of(2025, 10, 13), "OpenAI",
                                "Broadcom", "non divulgué", "partenariat", "en discussion"),
                        org.roundtrip.ingest.TestWorkbooks.row("Total", null, null, "400 milliards"))
                .writeXlsx(dir.resolve("accords-septembre.xlsx"));
        MainWindow w = openOnSample(Settings.Theme.LIGHT);
        AtomicReference<ImportWizard> wizard = new AtomicReference<>();
        AtomicReference<org.roundtrip.ingest.ImportResult> imported = new AtomicReference<>();
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("org/roundtrip-test/smoke");
        MappingTemplates templates = new MappingTemplates(prefs.node("templates"));
        SwingUtilities.invokeAndWait(() -> wizard.set(new ImportWizard(w.frame(), List.of(french), imported::set,
                templates)));
        // the wizard is modal: show it from a later event so that this thread keeps going
        SwingUtilities.invokeLater(() -> wizard.get().show());
        await(() -> wizard.get().dialog().isShowing() && wizard.get().isReady(), "the wizard previews the workbook");
        // the status column is declared unused: every deal becomes announced, the talks included
        SwingUtilities.invokeAndWait(() -> wizard.get().correct(wizard.get().shownSheet(), 5, null));
        await(() -> wizard.get().isReady(), "the wizard previews the corrected columns");
        shoot(wizard.get().dialog().getContentPane(), "light-import-wizard.png");
        SwingUtilities.invokeAndWait(() -> wizard.get().importNow());
        await(() -> imported.get() != null, "the wizard imports");
        assertThat(imported.get().dataset().deals()).hasSize(3)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(org.roundtrip.model.DealStatus.ANNOUNCED));
        assertThat(imported.get().dataset().rejected()).hasSize(1);
        prefs.removeNode();
        assertThat(wizard.get().dialog().isShowing()).isFalse();
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());
    }

    @Test
    void aSavedWorkspaceReopensWithTheSameDeals(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        requireDisplay();
        Files.createDirectories(OUT);
        MainWindow w = openOnSample(Settings.Theme.DARK);
        int deals = w.snapshot().all().deals().size();
        Path file = dir.resolve("sample.roundtrip");
        SwingUtilities.invokeAndWait(() -> w.workspace().saveAs(file));
        await(() -> w.workspace().file().isPresent(), "the workspace is saved");
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());

        MainWindow reopened = openOnSample(Settings.Theme.DARK);
        SwingUtilities.invokeAndWait(() -> reopened.openAny(List.of(file)));
        await(() -> reopened.isLoaded() && reopened.workspace().file().isPresent()
                && reopened.snapshot().changes() == null, "the workspace opens");
        assertThat(reopened.snapshot().all().deals()).hasSize(deals);
        // a second import into the open workspace is compared with the saved one
        SwingUtilities.invokeAndWait(() -> reopened.open(List.of(Path.of("samples", "ai-circular-financing.xlsx"))));
        await(() -> reopened.isLoaded() && reopened.snapshot().changes() != null, "the changes are computed");
        assertThat(reopened.snapshot().changes().added()).isEmpty();
        AtomicReference<String> headline = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> headline.set(reopened.changesView().headline()));
        assertThat(headline.get()).startsWith("0 ");
        assertThat(reopened.workspace().hasUnsavedChanges()).isTrue();
        SwingUtilities.invokeAndWait(() -> reopened.tabs().setSelectedIndex(MainWindow.VIEWS.indexOf("changes")));
        shoot(reopened.frame().getContentPane(), "dark-13-changes.png");
        SwingUtilities.invokeAndWait(() -> reopened.frame().dispose());
    }

    @Test
    void theExportDialogPreviewsTheChosenChartAndListsTheSlides() throws Exception {
        requireDisplay();
        Files.createDirectories(OUT);
        MainWindow w = openOnSample(Settings.Theme.LIGHT);
        AtomicReference<ExportDialog> dialog = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> dialog.set(new ExportDialog(w.frame(), w.snapshot(),
                ExportAction.catalog(w.snapshot(), ViewSnapshot.Choices.defaults()), ExportChoices.defaults())));
        AtomicReference<java.util.Optional<ExportChoices>> answer = new AtomicReference<>();
        // the dialog is modal: show it from a later event so that this thread keeps going
        SwingUtilities.invokeLater(() -> answer.set(dialog.get().ask()));
        await(() -> dialog.get().dialog().isShowing() && dialog.get().isPreviewReady(), "the preview is drawn");
        SwingUtilities.invokeAndWait(() -> dialog.get().preview("network"));
        await(() -> dialog.get().isPreviewReady(), "the network's preview is drawn");
        shoot(dialog.get().dialog().getContentPane(), "light-export-dialog.png");
        AtomicReference<List<String>> slides = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> slides.set(dialog.get().contents(dialog.get().choices())));
        // a title slide, one per chart, then the two table slides
        assertThat(slides.get()).hasSize(org.roundtrip.charts.ChartCatalog.NAMES.size() + 3);
        SwingUtilities.invokeAndWait(() -> dialog.get().dialog().getRootPane().getDefaultButton().doClick());
        await(() -> answer.get() != null, "the dialog closes");
        assertThat(answer.get()).contains(ExportChoices.defaults());
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());
    }

    static void requireDisplay() {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run)");
        }
        assertThat(GraphicsEnvironment.isHeadless()).as("CI must give the GUI test a display").isFalse();
    }

    static MainWindow openOnSample(Settings.Theme theme) throws Exception {
        return open(theme, MainWindow::openSample);
    }

    /** A 1280 × 800 window in {@code theme}, shown, given {@code open} to load, once it has loaded. */
    static MainWindow open(Settings.Theme theme, java.util.function.Consumer<MainWindow> open) throws Exception {
        MainWindow w = shown(theme, window -> {
            window.tabs().requestFocusInWindow();
            open.accept(window);
        });
        await(w::isLoaded, "the window loads");
        return w;
    }

    /** A 1280 × 800 window in {@code theme}, shown with nothing loaded. */
    static MainWindow shown(Settings.Theme theme) throws Exception {
        return shown(theme, window -> { });
    }

    /** A 1280 × 800 window in {@code theme}, shown, then given to {@code then} on the event thread. */
    private static MainWindow shown(Settings.Theme theme, java.util.function.Consumer<MainWindow> then)
            throws Exception {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Dashboard.installLookAndFeel(theme);
            MainWindow w = new MainWindow(new Settings());
            w.frame().setBounds(0, 0, 1280, 800);
            w.frame().setVisible(true);
            then.accept(w);
            window.set(w);
        });
        return window.get();
    }

    /** {@code call}'s result, computed on the event thread. */
    static <T> T onEdt(java.util.function.Supplier<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(call.get()));
        return result.get();
    }

    static void await(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        AtomicReference<Boolean> ok = new AtomicReference<>(false);
        while (System.currentTimeMillis() < deadline) {
            SwingUtilities.invokeAndWait(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(ok.get()).as(what + " within 30 s").isTrue();
    }

    private static BufferedImage shoot(Component c, String name) throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            c.paint(g);
            g.dispose();
            image.set(img);
        });
        ImageIO.write(image.get(), "png", OUT.resolve(name).toFile());
        return image.get();
    }
}
