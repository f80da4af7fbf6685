package org.roundtrip.ui;

import net.miginfocom.swing.MigLayout;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.export.ChartFolder;
import org.roundtrip.export.ChartImages;
import org.roundtrip.export.TableWorkbook;

import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * File › Export all charts: which charts, as what (deck, PDF report, tables workbook or a folder of
 * images), at which PNG scale, light or dark, with which PowerPoint template; beside the choices, the
 * chosen chart drawn as it will be exported (off the event thread) and what the file will hold, slide
 * by slide. Modal; {@link #ask()} returns the choices, which the caller remembers.
 */
final class ExportDialog {

    /** The preview is the exported 960 × 540 chart at half size. */
    private static final Dimension PREVIEW = new Dimension(ChartImages.WIDTH / 2, ChartImages.HEIGHT / 2);

    private final JDialog dialog;
    private final ViewSnapshot snapshot;
    private final ChartCatalog catalog;
    private final Map<String, JCheckBox> charts = new LinkedHashMap<>();
    private final Map<ExportChoices.Format, JRadioButton> formats = new EnumMap<>(ExportChoices.Format.class);
    private final JSpinner scale;
    private final JCheckBox dark;
    private final JTextField template = new JTextField(22);
    private final JButton chooseTemplate = new JButton(Messages.get("export.template.choose"));
    private final JButton noTemplate = new JButton(Messages.get("export.template.none"));
    private final JLabel previewTitle = new JLabel(" ");
    private final PreviewImage preview = new PreviewImage();
    private final JList<String> contents = new JList<>();
    private final JButton export = new JButton(Messages.get("export.dialog.export"));
    private final String folder;
    private final String datasetName;
    private String previewed;
    private ExportChoices result;
    /** Bumped by every change; a preview drawn for an older generation is dropped. */
    private volatile int generation;
    private boolean previewReady;

    /**
     * @param catalog the charts' source, used only off the event thread (under its own lock: a catalog is
     *                not thread-safe)
     * @param last    the choices to start from, as remembered
     */
    ExportDialog(JFrame owner, ViewSnapshot snapshot, ChartCatalog catalog, ExportChoices last) {
        this.snapshot = snapshot;
        this.catalog = catalog;
        this.folder = last.folder();
        this.datasetName = ExportAction.cover(snapshot).datasetName();
        dialog = new JDialog(owner, Messages.get("export.deck.title"), true);
        scale = new JSpinner(new SpinnerNumberModel(last.scale(), ChartImages.MIN_SCALE, ChartImages.MAX_SCALE, 1));
        dark = new JCheckBox(Messages.get("export.dark"), last.dark());

        JPanel chartList = new JPanel(new MigLayout("wrap 1, insets 0, gap 2"));
        chartList.add(heading("export.dialog.charts"), "gapbottom 4");
        for (String name : ChartCatalog.NAMES) {
            PresentedChart shown = snapshot.charts().get(name);
            JCheckBox box = new JCheckBox(shown == null ? name : shown.title(), last.charts().contains(name));
            box.addItemListener(e -> {
                previewed = name;
                changed();
            });
            box.addFocusListener(new FocusAdapter() {
                @Override
                public void focusGained(FocusEvent e) {
                    if (!name.equals(previewed)) {
                        previewed = name;
                        changed();
                    }
                }
            });
            charts.put(name, box);
            chartList.add(box);
        }
        JButton all = new JButton(Messages.get("export.dialog.all"));
        all.addActionListener(e -> setAll(true));
        JButton none = new JButton(Messages.get("export.dialog.none"));
        none.addActionListener(e -> setAll(false));
        chartList.add(all, "split 2, gaptop 6");
        chartList.add(none);

        JPanel options = new JPanel(new MigLayout("wrap 1, insets 0, gap 2"));
        options.add(heading("export.dialog.format"), "gapbottom 4");
        ButtonGroup group = new ButtonGroup();
        for (ExportChoices.Format f : ExportChoices.Format.values()) {
            JRadioButton b = new JRadioButton(Messages.get("export.format." + f.name().toLowerCase(Locale.ROOT)),
                    f == last.format());
            b.addActionListener(e -> changed());
            group.add(b);
            formats.put(f, b);
            options.add(b);
        }
        options.add(new JLabel(Messages.get("export.scale")), "split 3, gaptop 10");
        options.add(scale);
        options.add(new JLabel("×"));
        options.add(dark, "gaptop 4");
        dark.addActionListener(e -> changed());
        options.add(new JLabel(Messages.get("export.template")), "gaptop 10");
        template.setEditable(false);
        String remembered = last.template().isEmpty() || !Files.isRegularFile(Path.of(last.template()))
                ? "" : last.template();
        template.setText(remembered);
        template.setToolTipText(remembered.isEmpty() ? null : remembered);
        options.add(template, "growx");
        options.add(chooseTemplate, "split 2");
        options.add(noTemplate);
        chooseTemplate.addActionListener(e -> chooseTemplate());
        noTemplate.addActionListener(e -> {
            template.setText("");
            changed();
        });

        JPanel previewPanel = new JPanel(new MigLayout("wrap 2, insets 0, gap 12 4", "[" + PREVIEW.width + "!][grow, fill]"));
        previewPanel.add(heading("export.dialog.preview"));
        previewPanel.add(heading("export.dialog.contents"));
        previewPanel.add(preview, "w " + PREVIEW.width + "!, h " + PREVIEW.height + "!");
        contents.setFocusable(false);
        contents.setVisibleRowCount(12);
        previewPanel.add(new JScrollPane(contents), "h " + PREVIEW.height + "!, wmin 220, growy");
        previewPanel.add(previewTitle, "span 2, wmax " + (PREVIEW.width + 240));

        JButton cancel = new JButton(Messages.get("button.cancel"));
        cancel.addActionListener(e -> close(null));
        export.addActionListener(e -> close(choices()));

        JPanel content = new JPanel(new MigLayout("insets 16, gap 24 12", "[][grow]", "[top][top][]"));
        content.add(chartList, "top");
        content.add(options, "top, wrap");
        content.add(previewPanel, "span 2, wrap, gaptop 8");
        content.add(export, "span 2, split 2, align right, tag ok");
        content.add(cancel, "tag cancel");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(export);
        dialog.getRootPane().registerKeyboardAction(e -> close(null), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        scale.addChangeListener(e -> changed());
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        previewed = last.charts().isEmpty() ? ChartCatalog.NAMES.get(0) : last.charts().get(0);
        changed();
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    private static JLabel heading(String key) {
        JLabel label = new JLabel(Messages.get(key));
        label.setFont(label.getFont().deriveFont(java.awt.Font.BOLD));
        return label;
    }

    /** Shows the dialog and waits; the choices made, or empty when cancelled. */
    Optional<ExportChoices> ask() {
        dialog.setVisible(true);
        return Optional.ofNullable(result);
    }

    /** The choices the controls show now. */
    ExportChoices choices() {
        List<String> chosen = new ArrayList<>();
        charts.forEach((name, box) -> {
            if (box.isSelected()) {
                chosen.add(name);
            }
        });
        ExportChoices.Format format = formats.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).findFirst().orElse(ExportChoices.Format.DECK);
        return ExportChoices.of(chosen, format, (Integer) scale.getValue(), dark.isSelected(), template.getText(),
                folder);
    }

    JDialog dialog() {
        return dialog;
    }

    /** Whether the preview shows the current choices (for tests). */
    boolean isPreviewReady() {
        return previewReady;
    }

    /** Selects the chart to preview, as a click on its box would (for tests). */
    void preview(String name) {
        previewed = name;
        changed();
    }

    private void close(ExportChoices chosen) {
        result = chosen;
        generation++;
        dialog.dispose();
    }

    private void setAll(boolean on) {
        charts.values().forEach(b -> b.setSelected(on));
        changed();
    }

    private void chooseTemplate() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Messages.get("export.template.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("export.template.filter"), "pptx", "potx"));
        if (!template.getText().isEmpty()) {
            chooser.setSelectedFile(new java.io.File(template.getText()));
        }
        if (chooser.showOpenDialog(dialog) == JFileChooser.APPROVE_OPTION) {
            template.setText(chooser.getSelectedFile().getAbsolutePath());
            template.setToolTipText(template.getText());
            changed();
        }
    }

    /** Enables what the format uses, lists what the file will hold and redraws the preview. */
    private void changed() {
        ExportChoices c = choices();
        ExportChoices.Format format = c.format();
        charts.values().forEach(b -> b.setEnabled(format.hasCharts()));
        scale.setEnabled(format == ExportChoices.Format.FOLDER);
        dark.setEnabled(format.hasCharts());
        chooseTemplate.setEnabled(format == ExportChoices.Format.DECK);
        noTemplate.setEnabled(format == ExportChoices.Format.DECK && !template.getText().isEmpty());
        template.setEnabled(format == ExportChoices.Format.DECK);
        export.setEnabled(!format.hasCharts() || !c.charts().isEmpty());
        contents.setListData(contents(c).toArray(String[]::new));
        redraw(c);
    }

    /** What the export will hold, one line per slide, page, file or sheet. */
    List<String> contents(ExportChoices c) {
        List<String> lines = new ArrayList<>();
        List<String> titles = c.charts().stream().map(this::title).toList();
        switch (c.format()) {
            case DECK -> {
                lines.add("1  " + Messages.get("export.contents.cover", datasetName));
                for (String t : titles) {
                    lines.add((lines.size() + 1) + "  " + t);
                }
                lines.add((lines.size() + 1) + "  " + Messages.get("export.contents.cycles"));
                lines.add((lines.size() + 1) + "  " + Messages.get("export.contents.ratios"));
            }
            case REPORT -> {
                for (String t : titles) {
                    lines.add(Messages.get("export.contents.page", lines.size() + 1, t));
                }
            }
            case TABLES -> TableWorkbook.SHEETS.forEach(s -> lines.add(Messages.get("export.contents.sheet", s)));
            case FOLDER -> c.charts().forEach(n -> lines.add(n + ".png  " + n + ".svg  " + n + ".pdf"));
        }
        return lines;
    }

    private String title(String name) {
        PresentedChart shown = snapshot.charts().get(name);
        return shown == null ? name : shown.title();
    }

    /** Draws the previewed chart as it will be exported, in the background; a newer change wins. */
    private void redraw(ExportChoices c) {
        int mine = ++generation;
        previewReady = false;
        if (!c.format().hasCharts()) {
            preview.show(null);
            previewTitle.setText(Messages.get("export.preview.tables"));
            previewReady = true;
            return;
        }
        String name = previewed;
        previewTitle.setText(Messages.get("export.preview.drawing", title(name)));
        SwingWorker<BufferedImage, Void> worker = new SwingWorker<>() {
            @Override
            protected BufferedImage doInBackground() {
                synchronized (catalog) {
                    if (mine != generation) {
                        return null;  // superseded while waiting: draw only the latest
                    }
                    PresentedChart chart = catalog.create(name, c.theme());
                    return halved(ChartImages.png(ChartFolder.withTakeaway(chart, c.theme()), ChartImages.WIDTH,
                            ChartImages.HEIGHT, 1));
                }
            }

            @Override
            protected void done() {
                if (mine != generation) {
                    return;
                }
                try {
                    preview.show(get());
                    previewTitle.setText(Messages.get("export.preview.of", title(name),
                            c.charts().contains(name) ? "" : Messages.get("export.preview.notChosen")));
                } catch (ExecutionException e) {
                    preview.show(null);
                    previewTitle.setText(Messages.get("export.preview.failed", FailureText.of(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                previewReady = true;
            }
        };
        worker.execute();
    }

    /** The exported image at half size; bilinear at exactly half averages each 2 × 2 block, so text stays smooth. */
    private static BufferedImage halved(BufferedImage full) {
        BufferedImage half = new BufferedImage(PREVIEW.width, PREVIEW.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(full, 0, 0, PREVIEW.width, PREVIEW.height, null);
        } finally {
            g.dispose();
        }
        return half;
    }

    /** The preview: the half-size exported image, drawn as it is. */
    private static final class PreviewImage extends JComponent {
        private BufferedImage image;

        PreviewImage() {
            setPreferredSize(PREVIEW);
            setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));
        }

        void show(BufferedImage shown) {
            image = shown;
            repaint();
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            if (image == null) {
                return;
            }
            g.drawImage(image, 0, 0, getWidth(), getHeight(), null);
        }
    }
}
