package org.roundtrip.ui;

import net.miginfocom.swing.MigLayout;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.export.ChartFolder;
import org.roundtrip.export.ChartImages;
import org.roundtrip.export.DeckCover;
import org.roundtrip.export.ExportTarget;
import org.roundtrip.export.PdfReport;
import org.roundtrip.export.SlideDeck;
import org.roundtrip.export.TableWorkbook;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * File › Export: one chart (PNG, SVG or PDF) or every chart (a PPTX deck, a PDF report, or an XLSX
 * workbook of the tables), of the deals the filter shows. Charts are built afresh in the light theme
 * (slides and paper are white) in a {@link SwingWorker}, with a progress dialog whose Cancel stops
 * before the file is written; the export package writes files atomically, so a cancelled or failed
 * export leaves no half file.
 */
final class ExportAction {

    private final JFrame owner;

    ExportAction(JFrame owner) {
        this.owner = owner;
    }

    /** Exports the chart called {@code name} of {@code snapshot}, asking where. */
    void exportChart(ViewSnapshot snapshot, ViewSnapshot.Choices choices, String name) {
        choose(Messages.get("export.chart.title"), name + ".png",
                new FileNameExtensionFilter(Messages.get("export.chart.filter"), "png", "svg", "pdf"))
                .ifPresent(file -> run(file, List.of(name), snapshot, choices, false));
    }

    /** Exports every chart of {@code snapshot} as a deck, a report or a workbook of tables, asking where. */
    void exportDeck(ViewSnapshot snapshot, ViewSnapshot.Choices choices) {
        choose(Messages.get("export.deck.title"), "roundtrip.pptx",
                new FileNameExtensionFilter(Messages.get("export.deck.filter"), "pptx", "pdf", "xlsx"))
                .ifPresent(file -> run(file, ChartCatalog.NAMES, snapshot, choices, true));
    }

    private java.util.Optional<Path> choose(String title, String suggested, FileNameExtensionFilter filter) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        chooser.setFileFilter(filter);
        chooser.setSelectedFile(new java.io.File(suggested));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return java.util.Optional.empty();
        }
        Path file = chooser.getSelectedFile().toPath();
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (java.util.Arrays.stream(filter.getExtensions()).noneMatch(e -> lower.endsWith("." + e))) {
            file = file.resolveSibling(file.getFileName() + "." + filter.getExtensions()[0]);
        }
        if (Files.exists(file) && JOptionPane.showConfirmDialog(owner, Messages.get("ws.replace", file.getFileName()),
                title, JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(file);
    }

    private void run(Path file, List<String> names, ViewSnapshot snapshot, ViewSnapshot.Choices choices,
                     boolean deck) {
        AtomicBoolean cancelled = new AtomicBoolean();
        JDialog dialog = new JDialog(owner, Messages.get("export.progress.title"), false);
        JLabel what = new JLabel(Messages.get("export.progress.building", file.getFileName()));
        JProgressBar bar = new JProgressBar(0, names.size() + 1);
        JButton cancel = new JButton(Messages.get("button.cancel"));
        cancel.addActionListener(e -> {
            cancelled.set(true);
            cancel.setEnabled(false);
        });
        dialog.getContentPane().setLayout(new MigLayout("wrap 1, insets 16, gap 10", "[320:pref, grow, fill]"));
        dialog.add(what);
        dialog.add(bar);
        dialog.add(cancel, "align right, growx 0");
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        SwingWorker<String, Integer> worker = new SwingWorker<>() {
            @Override
            protected String doInBackground() throws IOException {
                ChartCatalog catalog = new ChartCatalog(snapshot.filtered(), snapshot.filter().options(),
                        new ChartCatalog.Choices(snapshot.stressCompany(), choices.coverageYear(), java.util.Map.of()));
                List<PresentedChart> made = new ArrayList<>();
                for (String name : names) {
                    if (cancelled.get()) {
                        return null;
                    }
                    made.add(catalog.create(name, ChartTheme.LIGHT));
                    publish(made.size());
                }
                if (cancelled.get()) {
                    return null;
                }
                write(file, made, catalog, snapshot, deck);
                publish(names.size() + 1);
                return file.toString();
            }

            @Override
            protected void process(List<Integer> chunks) {
                int done = chunks.get(chunks.size() - 1);
                bar.setValue(done);
                if (done >= names.size()) {
                    what.setText(Messages.get("export.progress.writing", file.getFileName()));
                }
            }

            @Override
            protected void done() {
                dialog.dispose();
                try {
                    String written = get();
                    if (written != null) {
                        JOptionPane.showMessageDialog(owner, Messages.get("export.done", written),
                                Messages.get("app.title"), JOptionPane.INFORMATION_MESSAGE);
                    }
                } catch (ExecutionException e) {
                    JOptionPane.showMessageDialog(owner, Messages.get("export.failed", file.getFileName(),
                            String.valueOf(e.getCause().getMessage())), Messages.get("error.title"),
                            JOptionPane.WARNING_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        dialog.setVisible(true);
    }

    /** Writes what the file's extension asks for; runs off the event thread. */
    static void write(Path file, List<PresentedChart> made, ChartCatalog catalog, ViewSnapshot snapshot, boolean deck)
            throws IOException {
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!deck) {
            PresentedChart chart = made.get(0);
            if (lower.endsWith(".svg")) {
                ChartImages.writeSvg(ChartFolder.withTakeaway(chart, ChartTheme.LIGHT), ChartImages.WIDTH,
                        ChartImages.HEIGHT, file);
            } else if (lower.endsWith(".pdf")) {
                PdfReport.write(List.of(ChartFolder.withTakeaway(chart, ChartTheme.LIGHT)), ChartImages.WIDTH,
                        ChartImages.HEIGHT, chart.title(), file);
            } else {
                ChartImages.writePng(ChartFolder.withTakeaway(chart, ChartTheme.LIGHT), ChartImages.WIDTH,
                        ChartImages.HEIGHT, 2, file);
            }
            return;
        }
        switch (ExportTarget.of(file)) {
            case DECK -> SlideDeck.write(made, catalog.summary(), cover(snapshot), null, file);
            case REPORT -> PdfReport.write(made.stream().map(p -> ChartFolder.withTakeaway(p, ChartTheme.LIGHT)).toList(),
                    ChartImages.WIDTH, ChartImages.HEIGHT, cover(snapshot).datasetName(), file);
            case TABLES -> TableWorkbook.write(catalog.summary(), catalog.eventStudy(), snapshot.all().issues(), file);
            case FOLDER -> ChartFolder.write(made, ChartTheme.LIGHT, 2, file);
        }
    }

    /** The title slide's words: which files, and which deals the filter shows. */
    static DeckCover cover(ViewSnapshot snapshot) {
        List<String> files = snapshot.all().deals().stream().map(d -> d.origin().file()).distinct().toList();
        String name = files.isEmpty() ? "Roundtrip" : files.get(0).contains(".")
                ? files.get(0).substring(0, files.get(0).lastIndexOf('.')) : files.get(0);
        DashboardFilter f = snapshot.filter();
        List<String> words = new ArrayList<>();
        words.add(f.statuses().stream().map(s -> s.label()).sorted().reduce((a, b) -> a + ", " + b).orElse("no")
                + " deals");
        if (f.from() != null || f.to() != null) {
            words.add("dated " + (f.from() == null ? "…" : f.from()) + " to " + (f.to() == null ? "…" : f.to()));
        }
        if (!f.companies().isEmpty()) {
            words.add("of " + String.join(", ", new java.util.TreeSet<>(f.companies())));
        }
        if (f.types().size() < org.roundtrip.model.DealType.values().length) {
            words.add(f.types().size() + " deal types");
        }
        return new DeckCover(name, String.join("; ", words), String.join(", ", files), LocalDate.now());
    }
}
