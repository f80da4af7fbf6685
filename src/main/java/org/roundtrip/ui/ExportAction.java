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
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
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
 * File › Export: one chart (PNG, SVG or PDF) or the charts chosen in {@link ExportDialog} (a PPTX
 * deck, a PDF report, an XLSX workbook of the tables or a folder of images), of the deals the filter
 * shows. Charts are built afresh in the chosen theme in a {@link SwingWorker}, with a progress dialog
 * whose Cancel stops before the file is written; the export package writes files atomically, so a
 * cancelled or failed export leaves no half file. The save dialogs ask before replacing a file, and
 * the choices are remembered in {@link Settings}.
 */
final class ExportAction {

    /**
     * One export to run.
     *
     * @param out      the file or folder to write
     * @param charts   the charts to draw, in order
     * @param target   what to write; null for one chart, whose file's extension says png, svg or pdf
     * @param scale    PNG scale, 1 to 4
     * @param theme    the charts' theme
     * @param template a .pptx/.potx for the deck, or null
     */
    record Job(Path out, List<String> charts, ExportTarget target, int scale, ChartTheme theme, Path template) {
    }

    private final JFrame owner;
    private final Settings settings;

    ExportAction(JFrame owner, Settings settings) {
        this.owner = owner;
        this.settings = settings;
    }

    /** The catalog an export of {@code snapshot} draws from: its filtered deals and the views' choices. */
    static ChartCatalog catalog(ViewSnapshot snapshot, ViewSnapshot.Choices choices) {
        return new ChartCatalog(snapshot.filtered(), snapshot.filter().options(),
                new ChartCatalog.Choices(snapshot.stressCompany(), choices.coverageYear(), java.util.Map.of()));
    }

    /** Exports the chart called {@code name} of {@code snapshot}, asking where, as what and at which scale. */
    void exportChart(ViewSnapshot snapshot, ViewSnapshot.Choices choices, String name) {
        ExportChoices.OneChart last = settings.chartExportChoices();
        List<FileNameExtensionFilter> filters = ExportChoices.OneChart.EXTENSIONS.stream()
                .map(e -> new FileNameExtensionFilter(Messages.get("export.chart.filter." + e), e)).toList();
        SaveChooser chooser = new SaveChooser(Messages.get("export.chart.title"),
                (picked, filter) -> ExportDestination.withExtension(picked.toPath(),
                        filter instanceof FileNameExtensionFilter f ? f.getExtensions()[0] : "png",
                        ExportChoices.OneChart.EXTENSIONS),
                ExportDestination::replaced);
        filters.forEach(chooser::addChoosableFileFilter);
        chooser.setAcceptAllFileFilterUsed(false);
        chooser.setFileFilter(filters.get(ExportChoices.OneChart.EXTENSIONS.indexOf(last.extension())));
        if (!last.folder().isEmpty() && Files.isDirectory(Path.of(last.folder()))) {
            chooser.setCurrentDirectory(new java.io.File(last.folder()));
        }
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), name + "." + last.extension()));
        // the filter changes the name's extension, so that what is typed and what is written agree
        chooser.addPropertyChangeListener(JFileChooser.FILE_FILTER_CHANGED_PROPERTY, e -> {
            if (e.getNewValue() instanceof FileNameExtensionFilter f) {
                chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(),
                        name + "." + f.getExtensions()[0]));
            }
        });
        JSpinner scale = new JSpinner(new SpinnerNumberModel(last.scale(), ChartImages.MIN_SCALE,
                ChartImages.MAX_SCALE, 1));
        JCheckBox dark = new JCheckBox(Messages.get("export.dark"), last.dark());
        JPanel accessory = new JPanel(new MigLayout("wrap 1, insets 0 12 0 0", "[]"));
        accessory.add(new JLabel(Messages.get("export.scale")));
        accessory.add(scale, "split 2");
        accessory.add(new JLabel("×"));
        accessory.add(dark, "gaptop 8");
        chooser.setAccessory(accessory);
        chooser.ask(owner).ifPresent(file -> {
            String ext = ExportChoices.OneChart.EXTENSIONS.stream()
                    .filter(e -> String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith("." + e))
                    .findFirst().orElse("png");
            ExportChoices.OneChart chosen = new ExportChoices.OneChart(ext, (Integer) scale.getValue(),
                    dark.isSelected(), folderOf(file));
            settings.chartExportChoices(chosen);
            run(new Job(file, List.of(name), null, chosen.scale(), chosen.theme(), null), snapshot, choices);
        });
    }

    /**
     * Asks which charts, as what and how (remembering the answers), then where, and exports them.
     */
    void exportDeck(ViewSnapshot snapshot, ViewSnapshot.Choices choices) {
        ExportDialog dialog = new ExportDialog(owner, snapshot, catalog(snapshot, choices), settings.exportChoices());
        dialog.ask().ifPresent(picked -> {
            settings.exportChoices(picked);
            ExportChoices.Format format = picked.format();
            List<String> names = format.hasCharts() ? picked.charts() : List.of();
            List<String> accepted = format.extension() == null ? List.of() : List.of(format.extension());
            SaveChooser chooser = new SaveChooser(Messages.get("export.deck.title"),
                    (f, filter) -> ExportDestination.withExtension(f.toPath(), format.extension(), accepted),
                    out -> ExportDestination.replaced(out, format.target(), names));
            if (format == ExportChoices.Format.FOLDER) {
                chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            } else {
                chooser.setFileFilter(new FileNameExtensionFilter(
                        Messages.get("export.format." + format.name().toLowerCase(Locale.ROOT)), format.extension()));
            }
            java.io.File dir = picked.folder().isEmpty() || !Files.isDirectory(Path.of(picked.folder()))
                    ? chooser.getCurrentDirectory() : new java.io.File(picked.folder());
            chooser.setCurrentDirectory(dir);
            chooser.setSelectedFile(new java.io.File(dir, picked.suggestedName()));
            chooser.ask(owner).ifPresent(out -> {
                settings.exportChoices(picked.withFolder(folderOf(out)));
                Path template = picked.template().isEmpty() || format != ExportChoices.Format.DECK
                        ? null : Path.of(picked.template());
                run(new Job(out, names, format.target(), picked.scale(), picked.theme(), template), snapshot, choices);
            });
        });
    }

    /**
     * Puts the chart called {@code name} on the system clipboard as an image at 2×, drawn in the
     * background in {@code theme}; {@code status} hears when it is there.
     */
    void copyChart(ViewSnapshot snapshot, ViewSnapshot.Choices choices, String name, ChartTheme theme,
                   java.util.function.Consumer<String> status) {
        status.accept(Messages.get("copy.drawing"));
        new SwingWorker<ChartImageSelection, Void>() {
            @Override
            protected ChartImageSelection doInBackground() {
                return ChartImageSelection.of(catalog(snapshot, choices).create(name, theme), theme);
            }

            @Override
            protected void done() {
                try {
                    ChartImageSelection copied = get();
                    java.awt.Toolkit.getDefaultToolkit().getSystemClipboard().setContents(copied, null);
                    java.awt.Image image = copied.image();
                    status.accept(Messages.get("copy.done", String.valueOf(image.getWidth(null)),
                            String.valueOf(image.getHeight(null))));
                } catch (ExecutionException e) {
                    status.accept(Messages.get("copy.failed", FailureText.of(e.getCause())));
                } catch (IllegalStateException e) {
                    // another program holds the clipboard just now
                    status.accept(Messages.get("copy.failed", FailureText.of(e)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private static String folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? "" : parent.toString();
    }

    private void run(Job job, ViewSnapshot snapshot, ViewSnapshot.Choices choices) {
        Path file = job.out();
        List<String> names = job.charts();
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
                ChartCatalog catalog = catalog(snapshot, choices);
                List<PresentedChart> made = new ArrayList<>();
                for (String name : names) {
                    if (cancelled.get()) {
                        return null;
                    }
                    made.add(catalog.create(name, job.theme()));
                    publish(made.size());
                }
                if (cancelled.get()) {
                    return null;
                }
                write(job, made, catalog, snapshot);
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
                            FailureText.of(e.getCause())), Messages.get("error.title"),
                            JOptionPane.WARNING_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        dialog.setVisible(true);
    }

    /** Writes one light chart at 2× or every chart as the file's extension asks (for tests). */
    static void write(Path file, List<PresentedChart> made, ChartCatalog catalog, ViewSnapshot snapshot, boolean deck)
            throws IOException {
        write(new Job(file, made.stream().map(PresentedChart::name).toList(), deck ? ExportTarget.of(file) : null, 2,
                ChartTheme.LIGHT, null), made, catalog, snapshot);
    }

    /** Writes what the job asks for; runs off the event thread. */
    static void write(Job job, List<PresentedChart> made, ChartCatalog catalog, ViewSnapshot snapshot)
            throws IOException {
        Path file = job.out();
        ChartTheme theme = job.theme();
        if (job.target() == null) {
            PresentedChart chart = made.get(0);
            String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (lower.endsWith(".svg")) {
                ChartImages.writeSvg(ChartFolder.withTakeaway(chart, theme), ChartImages.WIDTH,
                        ChartImages.HEIGHT, file);
            } else if (lower.endsWith(".pdf")) {
                PdfReport.write(List.of(ChartFolder.withTakeaway(chart, theme)), ChartImages.WIDTH,
                        ChartImages.HEIGHT, chart.title(), file);
            } else {
                ChartImages.writePng(ChartFolder.withTakeaway(chart, theme), ChartImages.WIDTH,
                        ChartImages.HEIGHT, job.scale(), file);
            }
            return;
        }
        switch (job.target()) {
            case DECK -> SlideDeck.write(made, catalog.summary(), cover(snapshot), job.template(), file);
            case REPORT -> PdfReport.write(made.stream().map(p -> ChartFolder.withTakeaway(p, theme)).toList(),
                    ChartImages.WIDTH, ChartImages.HEIGHT, cover(snapshot).datasetName(), file);
            case TABLES -> TableWorkbook.write(catalog.summary(), catalog.eventStudy(), snapshot.all().issues(), file);
            case FOLDER -> ChartFolder.write(made, theme, job.scale(), file);
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
