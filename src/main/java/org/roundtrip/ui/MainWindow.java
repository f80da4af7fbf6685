package org.roundtrip.ui;

import com.formdev.flatlaf.FlatLaf;
import net.miginfocom.swing.MigLayout;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.ingest.ImportCancelledException;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.ImportIssue;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The main window: menus, the filter strip, one tab per view and a status bar with progress and
 * Cancel. It keeps the imported dataset and the current {@link ViewSnapshot}; every change of filter,
 * theme or chart choice builds a new snapshot off the event thread and then shows it in every view.
 */
final class MainWindow {

    /** Where the bundled sample sits inside the jar. */
    static final String SAMPLE_RESOURCE = "/samples/ai-circular-financing.xlsx";

    /** Views in tab order; the first nine are reached with Ctrl+1..9. */
    static final List<String> VIEWS = List.of("overview", "ratios", "timeline", "network", "reactions", "event-study",
            "stress", "coverage", "cycles", "deals", "revenues", "issues", "changes");

    private final Settings settings;
    private final JFrame frame = new JFrame(Messages.get("app.title"));
    private final JTabbedPane tabs = new ViewTabs();
    private final JLabel status = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton(Messages.get("button.cancel"));
    private final FilterBar filterBar = new FilterBar(this::filterChanged);
    private final OverviewView overview = new OverviewView();
    private final TableViews tables = new TableViews();
    private final java.util.Map<String, ChartView> charts = new java.util.LinkedHashMap<>();
    private final JCheckBox logAxis = new JCheckBox(Messages.get("ratios.log"), true);
    private final JComboBox<String> stressCompany = new JComboBox<>();
    private final JComboBox<Integer> coverageYear = new JComboBox<>();
    private final JMenu recentMenu = new JMenu(Messages.get("menu.file.recent"));
    private final JMenu recentWorkspacesMenu = new JMenu(Messages.get("menu.file.recentWorkspaces"));
    private final ChangesView changesView = new ChangesView();
    private final WorkspaceController workspace;
    private final Autosave autosave;
    private final ExportAction exporter;
    private Dataset compareWith;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Dataset dataset;
    private String datasetName = "";
    private ViewSnapshot snapshot;
    private ViewSnapshot.Choices choices = ViewSnapshot.Choices.defaults();
    private SwingWorker<ImportResult, Void> loading;
    /** The start's own import and first snapshot, until the first snapshot is shown; then null. */
    private StartAhead ahead;
    /**
     * Where snapshots are computed. Not a SwingWorker: a SwingWorker hands its result to the event
     * thread through a 33 ms coalescing timer, which alone would be most of a filter change's 50 ms.
     */
    private static final java.util.concurrent.ExecutorService COMPUTE = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "roundtrip-views");
                t.setDaemon(true);
                return t;
            });
    /** The latest snapshot asked for; an older one finishing later is dropped. */
    private long computeGeneration;
    private boolean updatingControls;
    /** An import or a computation whose result is not shown yet; a worker is "done" before its done() runs. */
    private boolean importPending;
    private boolean computePending;

    MainWindow(Settings settings) {
        this.settings = settings;
        this.exporter = new ExportAction(frame, settings);
        this.workspace = new WorkspaceController(new WorkspaceHost(), settings);
        this.autosave = new Autosave(RecoveryStore.forThisProcess(), workspace::unsaved,
                why -> status.setText(Messages.get("recovery.failed", why)));
        workspace.onAllSaved(autosave::discard);
        // closing asks about unsaved changes first (windowClosing below)
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.setJMenuBar(menus());
        for (String name : org.roundtrip.charts.ChartCatalog.NAMES) {
            charts.put(name, new ChartView());
        }
        logAxis.addActionListener(e -> choicesChanged());
        charts.get("ratios").control(logAxis);
        stressCompany.addActionListener(e -> choicesChanged());
        charts.get("stress").control(new JLabel(Messages.get("stress.failing"))).control(stressCompany);
        for (int year = java.time.Year.now().getValue(); year <= 2040; year++) {
            coverageYear.addItem(year);
        }
        coverageYear.setSelectedItem(choices.coverageYear());
        coverageYear.addActionListener(e -> choicesChanged());
        charts.get("coverage").control(new JLabel(Messages.get("coverage.year"))).control(coverageYear);
        charts.get("network").onCompanyClicked(this::companyClicked)
                .control(new JLabel(Messages.get("network.hint")));

        // one row of tabs that scrolls, rather than rows that jump when a longer language wraps them
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        // Each view is built the first time its tab is shown: a start builds only the overview, and
        // the window is up sooner (docs/benchmarks.md, "cold start").
        for (String view : VIEWS) {
            tabs.addTab(Messages.get("tab." + view), new JPanel(new BorderLayout()));
        }
        tabs.addChangeListener(e -> buildTab(tabs.getSelectedIndex()));
        buildTab(tabs.getSelectedIndex());
        for (int i = 0; i < Math.min(9, VIEWS.size()); i++) {
            tabs.setToolTipTextAt(i, Messages.get("tab.shortcut", shortcutText(), i + 1));
        }
        JPanel south = new JPanel(new MigLayout("insets 4 8 4 8", "[grow][200!][]"));
        south.add(status, "growx, wmin 100");
        south.add(progress, "growx, hidemode 3");
        south.add(cancel, "hidemode 3");
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.addActionListener(e -> cancelRequested.set(true));
        frame.getContentPane().add(filterBar.component(), BorderLayout.NORTH);
        frame.getContentPane().add(tabs, BorderLayout.CENTER);
        frame.getContentPane().add(south, BorderLayout.SOUTH);
        frame.setMinimumSize(new Dimension(900, 560));
        frame.setTransferHandler(new FileDrop(this::importWithWizard));
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }
        });
    }

    /** Puts the view into its tab, unless it is there already. */
    private void buildTab(int index) {
        if (index < 0) {
            return;
        }
        JPanel holder = (JPanel) tabs.getComponentAt(index);
        if (holder.getComponentCount() == 0) {
            holder.add(viewComponent(VIEWS.get(index)), BorderLayout.CENTER);
            holder.revalidate();
        }
    }

    private JComponent viewComponent(String view) {
        return switch (view) {
            case "overview" -> overview.component();
            case "cycles" -> split(charts.get("cycles").component(), tables.cyclesTable());
            case "reactions" -> split(charts.get("reactions").component(), tables.reactionsTable());
            case "deals" -> tables.dealsView();
            case "revenues" -> tables.revenuesView();
            case "issues" -> tables.issuesView();
            case "changes" -> changesView.component();
            default -> charts.get(view).component();
        };
    }

    private static JSplitPane split(JComponent chart, JComponent table) {
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chart, table);
        split.setResizeWeight(0.72);
        split.setBorder(null);
        return split;
    }

    private static String shortcutText() {
        return KeyEvent.getModifiersExText(Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx());
    }

    private JMenuBar menus() {
        int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu(Messages.get("menu.file"));
        file.setMnemonic(KeyEvent.VK_F);
        JMenuItem open = new JMenuItem(Messages.get("menu.file.open"));
        open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, shortcut));
        open.addActionListener(e -> chooseFiles().ifPresent(this::open));
        JMenuItem importItem = new JMenuItem(Messages.get("menu.file.import"));
        importItem.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_I, shortcut));
        importItem.addActionListener(e -> chooseFiles().ifPresent(this::importWithWizard));
        JMenuItem sample = new JMenuItem(Messages.get("menu.file.sample"));
        sample.addActionListener(e -> openSample());
        JMenuItem exit = new JMenuItem(Messages.get("menu.file.exit"));
        exit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, shortcut));
        exit.addActionListener(e -> exit());
        int shift = java.awt.event.InputEvent.SHIFT_DOWN_MASK;
        JMenuItem newWorkspace = new JMenuItem(Messages.get("menu.file.new"));
        newWorkspace.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_N, shortcut));
        newWorkspace.addActionListener(e -> workspace.newWorkspace());
        JMenuItem openWorkspace = new JMenuItem(Messages.get("menu.file.openWorkspace"));
        openWorkspace.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, shortcut | shift));
        openWorkspace.addActionListener(e -> workspace.open());
        JMenuItem save = new JMenuItem(Messages.get("menu.file.save"));
        save.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_S, shortcut));
        save.addActionListener(e -> workspace.save());
        JMenuItem saveAs = new JMenuItem(Messages.get("menu.file.saveAs"));
        saveAs.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_S, shortcut | shift));
        saveAs.addActionListener(e -> workspace.saveAs());
        file.add(newWorkspace);
        file.add(openWorkspace);
        file.add(recentWorkspacesMenu);
        file.add(save);
        file.add(saveAs);
        file.addSeparator();
        JMenuItem exportChart = new JMenuItem(Messages.get("menu.file.exportChart"));
        exportChart.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_E, shortcut));
        exportChart.addActionListener(e -> exportChart());
        JMenuItem exportDeck = new JMenuItem(Messages.get("menu.file.exportDeck"));
        exportDeck.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_E, shortcut | shift));
        exportDeck.addActionListener(e -> {
            if (snapshot != null) {
                exporter.exportDeck(snapshot, choices);
            }
        });
        file.add(open);
        file.add(importItem);
        file.add(recentMenu);
        file.add(sample);
        file.addSeparator();
        file.add(exportChart);
        file.add(exportDeck);
        file.addSeparator();
        file.add(exit);
        updateRecentMenu();

        JMenu edit = new JMenu(Messages.get("menu.edit"));
        edit.setMnemonic(KeyEvent.VK_E);
        JMenuItem copyChart = new JMenuItem(Messages.get("menu.edit.copyChart"));
        copyChart.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_C, shortcut | shift));
        copyChart.addActionListener(e -> copyChart());
        edit.add(copyChart);

        JMenu view = new JMenu(Messages.get("menu.view"));
        view.setMnemonic(KeyEvent.VK_V);
        for (int i = 0; i < VIEWS.size(); i++) {
            int tab = i;
            JMenuItem item = new JMenuItem(Messages.get("tab." + VIEWS.get(i)));
            if (i < 9) {
                item.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, shortcut));
            }
            item.addActionListener(e -> tabs.setSelectedIndex(tab));
            view.add(item);
        }
        view.addSeparator();
        ButtonGroup themes = new ButtonGroup();
        for (Settings.Theme t : Settings.Theme.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(
                    Messages.get("menu.view.theme." + t.name().toLowerCase(Locale.ROOT)), settings.theme() == t);
            item.addActionListener(e -> switchTheme(t));
            themes.add(item);
            view.add(item);
        }
        view.addSeparator();
        JMenu language = new JMenu(Messages.get("menu.view.language"));
        ButtonGroup languages = new ButtonGroup();
        String[][] choicesOfLanguage = {{"", Messages.get("menu.view.language.system")}, {"en", "English"},
                {"fr", "Français"}};
        for (String[] c : choicesOfLanguage) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(c[1], settings.language().equals(c[0]));
            item.addActionListener(e -> {
                settings.language(c[0]);
                JOptionPane.showMessageDialog(frame, Messages.get("menu.view.restart"));
            });
            languages.add(item);
            language.add(item);
        }
        view.add(language);
        bar.add(file);
        bar.add(edit);
        bar.add(view);
        return bar;
    }

    private void updateRecentMenu() {
        recentWorkspacesMenu.removeAll();
        for (String f : settings.recentWorkspaces()) {
            JMenuItem item = new JMenuItem(f);
            item.addActionListener(e -> workspace.open(Path.of(f)));
            recentWorkspacesMenu.add(item);
        }
        recentWorkspacesMenu.setEnabled(recentWorkspacesMenu.getItemCount() > 0);
        recentMenu.removeAll();
        List<String> recent = settings.recentFiles();
        for (String f : recent) {
            JMenuItem item = new JMenuItem(f);
            item.addActionListener(e -> open(List.of(Path.of(f))));
            recentMenu.add(item);
        }
        recentMenu.setEnabled(!recent.isEmpty());
    }

    private void switchTheme(Settings.Theme t) {
        settings.theme(t);
        applyTheme(t);
    }

    /** Installs the theme, restyles every component (closed menus too) and redraws the charts to match. */
    void applyTheme(Settings.Theme t) {
        Dashboard.installLookAndFeel(t);
        FlatLaf.updateUI();
        filterBar.updateMenusUI();
        recompute();
    }

    void show() {
        java.awt.Rectangle r = settings.bounds();
        if (r != null && isOnScreen(r)) {
            frame.setBounds(r);
        } else {
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
        }
        frame.setVisible(true);
        FirstPaintProbe.windowShown();
        autosave.start();
        // the date fields would otherwise take the focus and hide their placeholder behind a caret
        tabs.requestFocusInWindow();
    }

    private static boolean isOnScreen(java.awt.Rectangle r) {
        return java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().intersects(r);
    }

    private java.util.Optional<List<Path>> chooseFiles() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Messages.get("open.title"));
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("open.filter"), "xlsx", "xlsm", "xls", "csv"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            return java.util.Optional.of(java.util.Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList());
        }
        return java.util.Optional.empty();
    }

    /** Opens the import wizard on the files; the wizard hands back what it imported. */
    void importWithWizard(List<Path> files) {
        ImportWizard[] wizard = new ImportWizard[1];
        wizard[0] = new ImportWizard(frame, files, result -> {
            files.forEach(f -> settings.addRecent(f.toAbsolutePath().toString()));
            updateRecentMenu();
            // the workspace keeps the mapping each import used, beside its rows
            workspace.imported(files, result.dataset(), false, wizard[0].mappingJson());
            showImport(result.dataset(), names(files), workspace.savedLatest());
        });
        wizard[0].show();
    }

    void openSample() {
        try {
            Path file = StartAhead.copySample();
            if (file == null) {
                JOptionPane.showMessageDialog(frame, Messages.get("error.nosample"),
                        Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
                return;
            }
            open(List.of(file), true);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(frame, Messages.get("error.sample", FailureText.of(e)),
                    Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
        }
    }

    /**
     * Opens what a start began reading before the window was built (the sample or the command line's
     * workbooks), as {@link #open(List)} would, with this window's progress and Cancel.
     */
    void openAhead(StartAhead started) {
        ahead = started;
        open(started.files(), started.isSample(), new PasswordRequests(), started);
    }

    private static String names(List<Path> files) {
        return files.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    }

    /** Imports the files in the background; the window stays responsive and can cancel. */
    void open(List<Path> files) {
        open(files, false);
    }

    /** Opens workbooks, or a workspace when one of the files is a {@code .roundtrip} file. */
    void openAny(List<Path> files) {
        files.stream().filter(f -> f.toString().endsWith(org.roundtrip.workspace.Workspace.EXTENSION)).findFirst()
                .ifPresentOrElse(workspace::open, () -> open(files));
    }

    private void open(List<Path> files, boolean sample) {
        open(files, sample, new PasswordRequests());
    }

    /** As {@link #open(List, boolean)}; an encrypted file gets its password asked, then everything is read again. */
    private void open(List<Path> files, boolean sample, PasswordRequests passwords) {
        open(files, sample, passwords, null);
    }

    /** As above; {@code started} is the same files' import already under way, or null to read them here. */
    private void open(List<Path> files, boolean sample, PasswordRequests passwords, StartAhead started) {
        if (loading != null && !loading.isDone()) {
            cancelRequested.set(true);
        }
        AtomicBoolean cancelThis = new AtomicBoolean();
        cancelRequested.set(false);
        String names = names(files);
        status.setText(Messages.get("status.loading", names));
        busy(true);
        importPending = true;
        java.util.Map<Path, String> given = passwords.passwords();
        // rows read so far, shown in the status bar a few times a second (the importer reports every few thousand)
        java.util.concurrent.atomic.AtomicReference<String> read = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        javax.swing.Timer ticker = new javax.swing.Timer(200, e -> {
            String text = read.get();
            if (text != null && !finished.get()) {
                status.setText(text);
            }
        });
        ticker.start();
        loading = new SwingWorker<>() {
            @Override
            protected ImportResult doInBackground() throws InterruptedException {
                ImportOptions.ImportProgress shown = (file, count, name, rows) ->
                        read.set(Messages.get("wizard.progress", name, rows));
                java.util.function.BooleanSupplier cancelled = () -> cancelRequested.get() || cancelThis.get();
                if (started != null) {
                    return started.result(cancelled, shown);
                }
                return Importer.importFiles(files, new ImportOptions(null, shown, cancelled, null, given));
            }

            @Override
            protected void done() {
                finished.set(true);
                ticker.stop();
                if (loading == this) {
                    busy(false);
                    importPending = false;
                }
                try {
                    ImportResult result = get();
                    List<PasswordRequests.Request> asks = passwords.toAsk(files, result.unreadable());
                    if (loading == this && !asks.isEmpty() && PasswordDialog.askAll(frame, passwords, asks)) {
                        open(files, sample, passwords);
                        return;
                    }
                    if (result.nothingRead() && passwords.onlySkipped(files, result.unreadable())) {
                        status.setText(Messages.get("status.cancelled"));
                        return;
                    }
                    if (result.nothingRead()) {
                        String why = result.unreadable().stream().map(u -> u.file() + ": " + u.reason())
                                .collect(Collectors.joining("\n"));
                        status.setText(" ");
                        JOptionPane.showMessageDialog(frame, Messages.get("error.unreadable", why),
                                Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
                        return;
                    }
                    if (!sample) {
                        files.forEach(f -> settings.addRecent(f.toAbsolutePath().toString()));
                        updateRecentMenu();
                    }
                    workspace.imported(files, result.dataset(), sample);
                    showImport(result.dataset(), names, workspace.savedLatest());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ImportCancelledException) {
                        status.setText(Messages.get("status.cancelled"));
                    } else {
                        status.setText(" ");
                        JOptionPane.showMessageDialog(frame, Messages.get("error.import", FailureText.of(e.getCause())),
                                Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        loading.execute();
    }

    private void busy(boolean on) {
        progress.setIndeterminate(on);
        progress.setVisible(on);
        cancel.setVisible(on);
    }

    private void showImport(Dataset imported, String names, Dataset before) {
        dataset = imported == null ? Dataset.empty() : imported;
        compareWith = before;
        imported = dataset;
        datasetName = names;
        updateTitle();
        tables.setIssues(imported.issues());
        tables.revenues.setRows(imported.revenues());
        filterBar.setCompanies(imported.companies().keySet().stream().sorted(org.roundtrip.model.Names.ORDER).toList());
        // a new import starts from the whole picture: an old company filter may name no one here
        DashboardFilter kept = filterBar.filter().withCompanies(Set.of());
        filterBar.setFilter(kept);
        recompute();
    }

    private void filterChanged(DashboardFilter filter) {
        recompute();
    }

    private void companyClicked(String company) {
        DashboardFilter f = filterBar.filter();
        Set<String> chosen = company == null || f.companies().equals(Set.of(company)) ? Set.of() : Set.of(company);
        if (!chosen.equals(f.companies())) {
            filterBar.setFilter(f.withCompanies(chosen));
            recompute();
        }
    }

    private void choicesChanged() {
        if (updatingControls) {
            return;
        }
        String failing = (String) stressCompany.getSelectedItem();
        Integer year = (Integer) coverageYear.getSelectedItem();
        choices = new ViewSnapshot.Choices(logAxis.isSelected(), failing,
                year == null ? choices.coverageYear() : year);
        recompute();
    }

    /**
     * Builds a new snapshot for the current dataset, filter, choices and theme in the background. A
     * newer request supersedes an older one still running, whose result is then dropped.
     */
    private void recompute() {
        if (dataset == null) {
            return;
        }
        long generation = ++computeGeneration;
        Dataset data = dataset;
        Dataset before = compareWith;
        DashboardFilter filter = filterBar.filter();
        ViewSnapshot.Choices chosen = choices;
        ChartTheme theme = Dashboard.isDark() ? ChartTheme.DARK : ChartTheme.LIGHT;
        StartAhead started = ahead;
        ahead = null;  // only the first snapshot can be the one made ahead
        status.setText(Messages.get("status.computing"));
        computePending = true;
        progress.setIndeterminate(true);
        progress.setVisible(true);
        COMPUTE.execute(() -> {
            ViewSnapshot computed = null;
            Throwable failed = null;
            try {
                computed = started == null ? null : started.snapshotFor(data, before, filter, chosen, theme);
                if (computed == null) {
                    computed = ViewSnapshot.compute(data, before, filter, chosen, theme);
                }
            } catch (RuntimeException | Error e) {
                failed = e;
            }
            ViewSnapshot result = computed;
            Throwable error = failed;
            SwingUtilities.invokeLater(() -> {
                if (generation != computeGeneration) {
                    return;  // a newer filter, choice or theme was asked for meanwhile
                }
                progress.setVisible(false);
                computePending = false;
                if (error != null) {
                    status.setText(Messages.get("error.compute", FailureText.of(error)));
                } else {
                    show(result);
                }
            });
        });
    }

    private void show(ViewSnapshot s) {
        snapshot = s;
        long start = System.nanoTime();
        overview.show(s);
        s.charts().forEach((name, chart) -> charts.get(name).show(chart));
        tables.deals.setRows(s.filtered().deals());
        tables.cycles.setRows(s.summary().cycles().cycles());
        tables.reactions.setRows(s.summary().reactions());
        changesView.show(s.changes());
        updatingControls = true;
        try {
            stressCompany.removeAllItems();
            s.committers().forEach(stressCompany::addItem);
            stressCompany.setSelectedItem(s.stressCompany());
        } finally {
            updatingControls = false;
        }
        long shownMillis = (System.nanoTime() - start) / 1_000_000;
        long rejected = s.all().issues().stream().filter(ImportIssue::isRejected).count();
        status.setText(Messages.get("status.ready", s.all().deals().size(), datasetName,
                s.all().issues().size() - rejected, rejected, s.millis() + shownMillis));
        FirstPaintProbe.snapshotShown(this);
    }

    /** Exports the chart of the view shown; on a view that is no chart, says which views are. */
    private void exportChart() {
        if (snapshot == null) {
            return;
        }
        String view = VIEWS.get(tabs.getSelectedIndex());
        if (!org.roundtrip.charts.ChartCatalog.isKnown(view)) {
            JOptionPane.showMessageDialog(frame, Messages.get("export.notachart"), Messages.get("app.title"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        exporter.exportChart(snapshot, choices, view);
    }

    /** Copies the chart of the view shown to the clipboard, in the window's theme. */
    private void copyChart() {
        if (snapshot == null) {
            return;
        }
        String view = VIEWS.get(tabs.getSelectedIndex());
        if (!org.roundtrip.charts.ChartCatalog.isKnown(view)) {
            status.setText(Messages.get("copy.notachart"));
            return;
        }
        exporter.copyChart(snapshot, choices, view, Dashboard.isDark() ? ChartTheme.DARK : ChartTheme.LIGHT,
                status::setText);
    }

    /** Asks about unsaved changes, then remembers the window's place and closes it. */
    private void exit() {
        workspace.whenChangesSettled(() -> {
            autosave.stop();
            settings.bounds(frame.getBounds());
            frame.dispose();
        });
    }

    /** Restores the import a crashed session left ({@link RecoveryPrompt}); its file is deleted once ours holds it. */
    void restore(RecoveryStore.Leftover leftover) {
        RecoveryPrompt.restore(leftover, autosave, workspace, status::setText);
    }

    /** Deletes a crashed session's file the user chose not to restore. */
    void discard(RecoveryStore.Leftover leftover) {
        autosave.discard(leftover);
    }

    private void updateTitle() {
        String name = workspace.file().map(f -> String.valueOf(f.getFileName())).orElse(datasetName);
        frame.setTitle(Messages.get("app.title") + (name.isEmpty() ? "" : " — " + name)
                + (workspace.hasUnsavedChanges() ? " *" : ""));
    }

    /** What the workspace controller may do to the window. */
    private final class WorkspaceHost implements WorkspaceController.Host {
        @Override
        public JFrame frame() {
            return frame;
        }

        @Override
        public void showDataset(Dataset shown, String name, Dataset before) {
            showImport(shown, name, before);
        }

        @Override
        public void status(String text) {
            status.setText(text);
        }

        @Override
        public void workspaceChanged() {
            updateRecentMenu();
            updateTitle();
        }
    }

    JFrame frame() {
        return frame;
    }

    ChangesView changesView() {
        return changesView;
    }

    WorkspaceController workspace() {
        return workspace;
    }

    Autosave autosave() {
        return autosave;
    }

    JTabbedPane tabs() {
        return tabs;
    }

    /** The view of chart {@code name} ({@link org.roundtrip.charts.ChartCatalog#NAMES}), for tests and the benchmark. */
    ChartView chartView(String name) {
        return charts.get(name);
    }

    /** Shows a dataset as if it had just been imported from {@code name} (for tests and the window benchmark). */
    void showDataset(Dataset shown, String name) {
        showImport(shown, name, null);
    }

    /** The status bar's text (for tests and the benchmark). */
    String statusText() {
        return status.getText();
    }

    /** The snapshot shown, or null before the first import (for tests). */
    ViewSnapshot snapshot() {
        return snapshot;
    }

    /** Whether a dataset is shown and nothing is being loaded or computed (for tests). */
    boolean isLoaded() {
        return snapshot != null && !importPending && !computePending;
    }

    /** Applies a filter as the filter strip would (for tests and the network's clicks). */
    void applyFilter(DashboardFilter filter) {
        filterBar.setFilter(filter);
        recompute();
    }

    void selectTab(int i) {
        SwingUtilities.invokeLater(() -> tabs.setSelectedIndex(i));
    }

    /** The views' indexes, for tests. */
    static List<Integer> viewIndexes() {
        return IntStream.range(0, VIEWS.size()).boxed().collect(Collectors.toCollection(ArrayList::new));
    }
}
