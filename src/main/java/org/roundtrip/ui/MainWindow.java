package org.roundtrip.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatLaf;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.roundtrip.analysis.Analysis;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.analysis.Summary;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.CommitmentRatioChart;
import org.roundtrip.ingest.ImportCancelledException;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.ImportIssue;

import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
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
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/** The main window: menus, one tab per view, and a status bar with progress and Cancel. */
final class MainWindow {

    /** Where the bundled sample sits inside the jar. */
    static final String SAMPLE_RESOURCE = "/samples/ai-circular-financing.xlsx";

    private final Settings settings;
    private final JFrame frame = new JFrame(Messages.get("app.title"));
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel status = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton(Messages.get("button.cancel"));
    private final JPanel overview = new JPanel(new MigLayout("wrap 2, insets 24, gap 24 12", "[right][left, grow]"));
    private final JPanel ratioHolder = new JPanel(new BorderLayout());
    private final JCheckBox logAxis = new JCheckBox(Messages.get("ratios.log"), true);
    private final Tables.ListModel<Cycle> cycles = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.path"), String.class, c -> String.join(" → ", c.path())),
            new Tables.Column<>(Messages.get("col.circulating"), Double.class, Cycle::circulatingUsd)));
    private final Tables.ListModel<StockReaction> reactions = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.date"), String.class, r -> r.date().toString()),
            new Tables.Column<>(Messages.get("col.company"), String.class, StockReaction::company),
            new Tables.Column<>(Messages.get("col.ticker"), String.class, StockReaction::ticker),
            new Tables.Column<>(Messages.get("col.return"), String.class, r -> percent(r.returnFraction())),
            new Tables.Column<>(Messages.get("col.abnormal"), String.class,
                    r -> r.abnormal() == null ? "" : percent(r.abnormal()))));
    private final Tables.ListModel<Deal> deals = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.date"), String.class, d -> d.date().toString()),
            new Tables.Column<>(Messages.get("col.payer"), String.class, Deal::payer),
            new Tables.Column<>(Messages.get("col.recipient"), String.class, Deal::recipient),
            new Tables.Column<>(Messages.get("col.amount"), Double.class, d -> d.isDisclosed() ? d.amountUsd() : null),
            new Tables.Column<>(Messages.get("col.written"), String.class, Deal::amountText),
            new Tables.Column<>(Messages.get("col.type"), String.class, d -> d.type().label()),
            new Tables.Column<>(Messages.get("col.status"), String.class, d -> d.status().label())));
    private final Tables.ListModel<ImportIssue> issues = new Tables.ListModel<>(List.of(
            new Tables.Column<>(Messages.get("col.severity"), String.class,
                    i -> Messages.get(i.isRejected() ? "severity.rejected" : "severity.warning")),
            new Tables.Column<>(Messages.get("col.file"), String.class, ImportIssue::file),
            new Tables.Column<>(Messages.get("col.sheet"), String.class, ImportIssue::sheet),
            new Tables.Column<>(Messages.get("col.cell"), String.class, ImportIssue::cell),
            new Tables.Column<>(Messages.get("col.value"), String.class, ImportIssue::value),
            new Tables.Column<>(Messages.get("col.message"), String.class, ImportIssue::message)));
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Summary summary;
    private SwingWorker<ImportResult, Void> loading;

    MainWindow(Settings settings) {
        this.settings = settings;
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.setJMenuBar(menus());
        JTable dealTable = Tables.table(deals);
        tabs.addTab(Messages.get("tab.overview"), overview);
        JPanel ratios = new JPanel(new BorderLayout());
        ratios.add(logAxis, BorderLayout.NORTH);
        ratios.add(ratioHolder, BorderLayout.CENTER);
        logAxis.addActionListener(e -> showRatioChart());
        tabs.addTab(Messages.get("tab.ratios"), ratios);
        tabs.addTab(Messages.get("tab.cycles"), Tables.scroll(Tables.table(cycles)));
        tabs.addTab(Messages.get("tab.reactions"), Tables.scroll(Tables.table(reactions)));
        tabs.addTab(Messages.get("tab.deals"), filtered(dealTable));
        tabs.addTab(Messages.get("tab.issues"), filtered(Tables.table(issues)));
        JPanel south = new JPanel(new MigLayout("insets 4 8 4 8", "[grow][200!][]"));
        south.add(status, "growx");
        south.add(progress, "growx, hidemode 3");
        south.add(cancel, "hidemode 3");
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.addActionListener(e -> cancelRequested.set(true));
        frame.getContentPane().add(tabs, BorderLayout.CENTER);
        frame.getContentPane().add(south, BorderLayout.SOUTH);
        frame.setMinimumSize(new Dimension(800, 520));
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                settings.bounds(frame.getBounds());
            }
        });
    }

    private JPanel filtered(JTable table) {
        JTextField filter = new JTextField();
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("filter.placeholder"));
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { Tables.filter(table, filter.getText()); }
            @Override public void removeUpdate(DocumentEvent e) { Tables.filter(table, filter.getText()); }
            @Override public void changedUpdate(DocumentEvent e) { Tables.filter(table, filter.getText()); }
        });
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        panel.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        panel.add(filter, BorderLayout.NORTH);
        panel.add(Tables.scroll(table), BorderLayout.CENTER);
        return panel;
    }

    private JMenuBar menus() {
        int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu(Messages.get("menu.file"));
        file.setMnemonic(KeyEvent.VK_F);
        JMenuItem open = new JMenuItem(Messages.get("menu.file.open"));
        open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, shortcut));
        open.addActionListener(e -> chooseFiles());
        JMenuItem sample = new JMenuItem(Messages.get("menu.file.sample"));
        sample.addActionListener(e -> openSample());
        JMenuItem exit = new JMenuItem(Messages.get("menu.file.exit"));
        exit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, shortcut));
        exit.addActionListener(e -> {
            settings.bounds(frame.getBounds());
            frame.dispose();
        });
        file.add(open);
        file.add(sample);
        file.addSeparator();
        file.add(exit);
        JMenu view = new JMenu(Messages.get("menu.view"));
        view.setMnemonic(KeyEvent.VK_V);
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
        String[][] choices = {{"", Messages.get("menu.view.language.system")}, {"en", "English"}, {"fr", "Français"}};
        for (String[] c : choices) {
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
        bar.add(view);
        return bar;
    }

    private void switchTheme(Settings.Theme t) {
        settings.theme(t);
        Dashboard.installLookAndFeel(t);
        FlatLaf.updateUI();
        showRatioChart();
    }

    void show() {
        java.awt.Rectangle r = settings.bounds();
        if (r != null && isOnScreen(r)) {
            frame.setBounds(r);
        } else {
            frame.setSize(1200, 780);
            frame.setLocationRelativeTo(null);
        }
        frame.setVisible(true);
    }

    private static boolean isOnScreen(java.awt.Rectangle r) {
        return java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().intersects(r);
    }

    private void chooseFiles() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Messages.get("open.title"));
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("open.filter"), "xlsx", "xlsm", "xls", "csv"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            List<Path> files = java.util.Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
            open(files);
        }
    }

    void openSample() {
        try (InputStream in = MainWindow.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                JOptionPane.showMessageDialog(frame, "The bundled sample is missing from this build.",
                        Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
                return;
            }
            Path dir = Files.createTempDirectory("roundtrip-sample");
            Path file = dir.resolve("ai-circular-financing.xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            open(List.of(file));
        } catch (IOException e) {
            JOptionPane.showMessageDialog(frame, "The bundled sample could not be opened: " + e.getMessage(),
                    Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
        }
    }

    /** Imports the files in the background; the window stays responsive and can cancel. */
    void open(List<Path> files) {
        if (loading != null && !loading.isDone()) {
            cancelRequested.set(true);
        }
        cancelRequested.set(false);
        String names = files.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
        status.setText(Messages.get("status.loading", names));
        progress.setIndeterminate(true);
        progress.setVisible(true);
        cancel.setVisible(true);
        loading = new SwingWorker<>() {
            @Override
            protected ImportResult doInBackground() {
                return Importer.importFiles(files, new ImportOptions(null, null, cancelRequested::get));
            }

            @Override
            protected void done() {
                progress.setVisible(false);
                cancel.setVisible(false);
                try {
                    ImportResult result = get();
                    if (result.nothingRead()) {
                        String why = result.unreadable().stream().map(u -> u.file() + ": " + u.reason())
                                .collect(Collectors.joining("\n"));
                        status.setText(" ");
                        JOptionPane.showMessageDialog(frame, Messages.get("error.unreadable", why),
                                Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
                        return;
                    }
                    files.forEach(f -> settings.addRecent(f.toAbsolutePath().toString()));
                    show(result.dataset(), names);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ImportCancelledException) {
                        status.setText(Messages.get("status.cancelled"));
                    } else {
                        status.setText(" ");
                        JOptionPane.showMessageDialog(frame, String.valueOf(e.getCause().getMessage()),
                                Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        loading.execute();
    }

    private void show(Dataset dataset, String names) {
        summary = Analysis.summarize(dataset, AnalysisOptions.defaults());
        frame.setTitle(Messages.get("app.title") + " — " + names);
        cycles.setRows(summary.cycles().cycles());
        reactions.setRows(summary.reactions());
        deals.setRows(dataset.deals());
        issues.setRows(dataset.issues());
        showOverview(dataset);
        showRatioChart();
        long rejected = dataset.issues().stream().filter(ImportIssue::isRejected).count();
        status.setText(Messages.get("status.ready", dataset.deals().size(), names,
                dataset.issues().size() - rejected, rejected));
    }

    private void showOverview(Dataset dataset) {
        overview.removeAll();
        double commitments = summary.companies().stream().mapToDouble(CompanyFigures::outgoingUsd).sum();
        double revenue = summary.companies().stream().filter(c -> c.annualRevenueUsd() != null)
                .mapToDouble(CompanyFigures::annualRevenueUsd).sum();
        CompanyFigures highest = summary.companies().stream().filter(c -> c.ratio() != null)
                .max(java.util.Comparator.comparing(CompanyFigures::ratio)).orElse(null);
        StockReaction biggest = summary.reactions().stream()
                .max(java.util.Comparator.comparingDouble(r -> Math.abs(r.returnFraction()))).orElse(null);
        figure(Messages.get("overview.commitments"), money(commitments));
        figure(Messages.get("overview.revenue"), money(revenue));
        figure(Messages.get("overview.highest"), highest == null ? Messages.get("overview.none")
                : String.format(Locale.ROOT, "%s — %.1f×", highest.name(), highest.ratio()));
        figure(Messages.get("overview.cycles"), String.valueOf(summary.cycles().cycles().size()));
        figure(Messages.get("overview.reaction"), biggest == null ? Messages.get("overview.none")
                : biggest.company() + " " + percent(biggest.returnFraction()) + " (" + biggest.date() + ")");
        overview.revalidate();
        overview.repaint();
    }

    private void figure(String label, String value) {
        JLabel l = new JLabel(label);
        JLabel v = new JLabel(value);
        v.setFont(v.getFont().deriveFont(Font.BOLD, v.getFont().getSize2D() * 1.8f));
        overview.add(l);
        overview.add(v);
    }

    private void showRatioChart() {
        if (summary == null) {
            return;
        }
        ChartTheme theme = Dashboard.isDark() ? ChartTheme.DARK : ChartTheme.LIGHT;
        CommitmentRatioChart.Labels labels = new CommitmentRatioChart.Labels(Messages.get("chart.ratio.title"),
                Messages.get("chart.ratio.total"), Messages.get("chart.ratio.annual"), Messages.get("chart.ratio.axis"));
        ChartPanel panel = new ChartPanel(CommitmentRatioChart.create(summary.companies(), logAxis.isSelected(),
                labels, theme));
        panel.setMouseWheelEnabled(true);
        ratioHolder.removeAll();
        ratioHolder.add(panel, BorderLayout.CENTER);
        ratioHolder.revalidate();
        ratioHolder.repaint();
    }

    static String money(double usd) {
        double a = Math.abs(usd);
        if (a >= 1e12) return String.format(Locale.ROOT, "%.2f tn USD", usd / 1e12);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.1f bn USD", usd / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.1f m USD", usd / 1e6);
        return String.format(Locale.ROOT, "%.0f USD", usd);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }

    JFrame frame() {
        return frame;
    }

    JTabbedPane tabs() {
        return tabs;
    }

    /** Whether a dataset is shown (for tests). */
    boolean isLoaded() {
        return summary != null && (loading == null || loading.isDone());
    }

    void selectTab(int i) {
        SwingUtilities.invokeLater(() -> tabs.setSelectedIndex(i));
    }
}
