package org.roundtrip.ui;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;
import org.roundtrip.ingest.ColumnMapping;
import org.roundtrip.ingest.ImportCancelledException;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;
import org.roundtrip.ingest.WorkbookPreview;
import org.roundtrip.ingest.WorkbookPreview.CellStatus;
import org.roundtrip.ingest.WorkbookPreview.PreviewCell;
import org.roundtrip.ingest.WorkbookPreview.PreviewRow;
import org.roundtrip.ingest.WorkbookPreview.SheetPreview;
import org.roundtrip.ingest.read.CellRefs;
import org.roundtrip.ingest.sheet.Field;
import org.roundtrip.ingest.sheet.SheetLayout;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The import wizard: for each file, each sheet with what it was recognised as, and a preview of its
 * first rows with each cell coloured by how it parsed (the reason on hover). Previewing and importing
 * both run in a {@link SwingWorker} with a progress bar and Cancel.
 */
final class ImportWizard {

    /** Rows shown below each header: enough to see the pattern, few enough to open at once. */
    static final int PREVIEW_ROWS = 200;

    private final JDialog dialog;
    private final List<Path> files;
    private final Consumer<ImportResult> onImported;
    private final DefaultListModel<SheetEntry> sheets = new DefaultListModel<>();
    private final JList<SheetEntry> sheetList = new JList<>(sheets);
    private final PreviewModel previewModel = new PreviewModel();
    private final JTable previewTable = new JTable(previewModel);
    private final JLabel sheetInfo = new JLabel(" ");
    private final JLabel summary = new JLabel(Messages.get("wizard.reading"));
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JButton cancel = new JButton(Messages.get("button.cancel"));
    private final JButton importButton = new JButton(Messages.get("wizard.import"));
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final MappingTemplates templates;
    private final javax.swing.JComboBox<String> templateChoice = new javax.swing.JComboBox<>();
    private final JButton saveTemplate = new JButton(Messages.get("wizard.template.save"));
    private final JButton resetMapping = new JButton(Messages.get("wizard.mapping.reset"));
    private ColumnMapping mapping = ColumnMapping.NONE;
    private String selectedSheet;
    /** Set once a preview's result is on screen; a worker is "done" a moment before its done() has run. */
    private boolean previewShown;
    private boolean updatingTemplates;
    private SwingWorker<?, ?> running;
    /** Passwords of encrypted files, asked when the preview meets them; kept only while the wizard is. */
    private final PasswordRequests passwords = new PasswordRequests();

    /** A sheet of one file, as listed on the left. */
    record SheetEntry(String file, SheetPreview sheet) {
        @Override
        public String toString() {
            String name = sheet.name() == null ? file : sheet.name();
            return name + " — " + kindText(sheet.layout());
        }
    }

    ImportWizard(JFrame owner, List<Path> files, Consumer<ImportResult> onImported) {
        this(owner, files, onImported, MappingTemplates.user());
    }

    ImportWizard(JFrame owner, List<Path> files, Consumer<ImportResult> onImported, MappingTemplates templates) {
        this.templates = templates;
        this.files = List.copyOf(files);
        this.onImported = onImported;
        dialog = new JDialog(owner, Messages.get("wizard.title"), true);
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                close();
            }
        });
        sheetList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        sheetList.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                JLabel l = (JLabel) super.getListCellRendererComponent(list, value, index, selected, focus);
                l.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
                if (value instanceof SheetEntry e && !e.sheet().isRecognised() && !selected) {
                    l.setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));
                }
                return l;
            }
        });
        sheetList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSheet(sheetList.getSelectedValue());
            }
        });
        previewTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        previewTable.setDefaultRenderer(Object.class, new CellRenderer());
        previewTable.setRowHeight(Math.max(previewTable.getRowHeight(), 22));
        previewTable.getTableHeader().setReorderingAllowed(false);
        previewTable.setCellSelectionEnabled(true);
        previewTable.getTableHeader().addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int column = previewTable.columnAtPoint(e.getPoint());
                if (column > 0) {
                    chooseField(column - 1, e.getX());
                }
            }
        });
        previewTable.getTableHeader().setToolTipText(Messages.get("wizard.mapping.hint"));
        fillTemplates();
        templateChoice.addActionListener(e -> templateChosen());
        saveTemplate.addActionListener(e -> saveTemplate());
        resetMapping.addActionListener(e -> {
            mapping = ColumnMapping.NONE;
            selectTemplate(null);
            runPreview();
        });
        // next month's workbook: the template used last applies at once, so Import is one click
        templates.lastUsed().ifPresent(name -> {
            mapping = templates.all().getOrDefault(name, ColumnMapping.NONE);
            selectTemplate(name);
        });

        JPanel left = new JPanel(new BorderLayout(0, 6));
        JLabel sheetsLabel = new JLabel(Messages.get("wizard.sheets"));
        sheetsLabel.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        left.add(sheetsLabel, BorderLayout.NORTH);
        left.add(new JScrollPane(sheetList), BorderLayout.CENTER);
        left.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 4));
        JPanel right = new JPanel(new BorderLayout(0, 6));
        right.setBorder(BorderFactory.createEmptyBorder(8, 4, 8, 8));
        JPanel top = new JPanel(new MigLayout("insets 0, gap 8, wrap 1", "[grow]"));
        JPanel mappingBar = new JPanel(new MigLayout("insets 0, gap 8", "[][260!][][]push"));
        mappingBar.add(new JLabel(Messages.get("wizard.template")));
        mappingBar.add(templateChoice, "width 260!");
        mappingBar.add(saveTemplate);
        mappingBar.add(resetMapping);
        top.add(mappingBar, "growx");
        top.add(sheetInfo, "growx, wmin 100");
        top.add(new JLabel(Messages.get("wizard.mapping.hint")), "wmin 100");
        right.add(top, BorderLayout.NORTH);
        right.add(new JScrollPane(previewTable), BorderLayout.CENTER);
        right.add(legend(), BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setDividerLocation(230);
        split.setBorder(null);

        JPanel bottom = new JPanel(new MigLayout("insets 8 12 12 12", "[grow][220!][][]"));
        bottom.add(summary, "growx, wmin 100");
        bottom.add(progress, "growx");
        bottom.add(cancel);
        bottom.add(importButton);
        importButton.setEnabled(false);
        dialog.getRootPane().setDefaultButton(importButton);
        cancel.addActionListener(e -> close());
        importButton.addActionListener(e -> runImport());

        dialog.getContentPane().add(split, BorderLayout.CENTER);
        dialog.getContentPane().add(bottom, BorderLayout.SOUTH);
        dialog.setSize(new Dimension(1100, 680));
        dialog.setLocationRelativeTo(owner);
    }

    void show() {
        runPreview();
        dialog.setVisible(true);
    }

    JDialog dialog() {
        return dialog;
    }

    /** The column corrections in force as template JSON, or null when the headers decided alone. */
    String mappingJson() {
        return mapping.isEmpty() ? null : MappingTemplates.toJson(mapping);
    }

    /** The sheet shown, or null (for tests). */
    SheetEntry shownSheet() {
        return sheetList.getSelectedValue();
    }

    /** Presses Import (for tests). */
    void importNow() {
        importButton.doClick();
    }

    /** Whether the preview is shown and nothing runs (for tests). */
    boolean isReady() {
        return previewShown;
    }

    private JComponent legend() {
        JPanel legend = new JPanel(new MigLayout("insets 2 0 0 0, gap 14"));
        legend.add(swatch(Messages.get("wizard.legend.ok"), ParseColours.okBackground()));
        legend.add(swatch(Messages.get("wizard.legend.warning"), ParseColours.warningBackground()));
        legend.add(swatch(Messages.get("wizard.legend.rejected"), ParseColours.rejectedBackground()));
        legend.add(swatch(Messages.get("wizard.legend.ignored"), null));
        legend.add(new JLabel(Messages.get("wizard.legend.hover")));
        return legend;
    }

    private static JLabel swatch(String text, Color colour) {
        JLabel l = new JLabel(text);
        l.setOpaque(colour != null);
        if (colour != null) {
            l.setBackground(colour);
        }
        l.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(javax.swing.UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(2, 8, 2, 8)));
        return l;
    }

    static String kindText(SheetLayout layout) {
        if (layout == null) {
            return Messages.get("wizard.kind.none");
        }
        return Messages.get("wizard.kind." + layout.kind().name().toLowerCase(Locale.ROOT))
                + (layout.french() ? " · " + Messages.get("wizard.french") : "");
    }

    private void showSheet(SheetEntry entry) {
        if (entry == null) {
            previewModel.show(null, mapping);
            sheetInfo.setText(" ");
            return;
        }
        SheetLayout layout = entry.sheet().layout();
        sheetInfo.setText(layout == null ? Messages.get("wizard.sheet.skipped")
                : Messages.get("wizard.sheet.info", kindText(layout), layout.headerRow() + 1,
                layout.columns().size()));
        previewModel.show(entry.sheet(), mapping);
        fitColumns();
    }

    /** Each column as wide as its header and first cells, within bounds, so amounts and dates read whole. */
    private void fitColumns() {
        int rows = Math.min(previewTable.getRowCount(), 60);
        for (int c = 0; c < previewTable.getColumnCount(); c++) {
            javax.swing.table.TableColumn column = previewTable.getColumnModel().getColumn(c);
            int width = previewTable.getTableHeader().getDefaultRenderer()
                    .getTableCellRendererComponent(previewTable, column.getHeaderValue(), false, false, -1, c)
                    .getPreferredSize().width;
            for (int r = 0; r < rows; r++) {
                if (previewModel.row(r).status() == WorkbookPreview.RowStatus.NOT_READ) {
                    continue;  // a title above the table may be long; it should not widen column A
                }
                width = Math.max(width, previewTable.prepareRenderer(previewTable.getCellRenderer(r, c), r, c)
                        .getPreferredSize().width);
            }
            column.setPreferredWidth(Math.min(Math.max(width + 16, 60), 280));
        }
    }

    private void fillTemplates() {
        updatingTemplates = true;
        try {
            templateChoice.removeAllItems();
            templateChoice.addItem(Messages.get("wizard.template.none"));
            templates.all().keySet().forEach(templateChoice::addItem);
        } finally {
            updatingTemplates = false;
        }
    }

    private void selectTemplate(String name) {
        updatingTemplates = true;
        try {
            templateChoice.setSelectedIndex(0);
            if (name != null) {
                templateChoice.setSelectedItem(name);
            }
        } finally {
            updatingTemplates = false;
        }
    }

    private void templateChosen() {
        if (updatingTemplates) {
            return;
        }
        int index = templateChoice.getSelectedIndex();
        String name = index <= 0 ? null : (String) templateChoice.getSelectedItem();
        mapping = name == null ? ColumnMapping.NONE : templates.all().getOrDefault(name, ColumnMapping.NONE);
        if (name != null) {
            templates.used(name);
        }
        runPreview();
    }

    private void saveTemplate() {
        String suggested = templateChoice.getSelectedIndex() > 0 ? (String) templateChoice.getSelectedItem()
                : files.get(0).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Object answer = JOptionPane.showInputDialog(dialog, Messages.get("wizard.template.name"),
                Messages.get("wizard.template.save"), JOptionPane.PLAIN_MESSAGE, null, null, suggested);
        if (answer == null || answer.toString().isBlank()) {
            return;
        }
        String name = answer.toString().strip();
        templates.save(name, mapping);
        templates.used(name);
        fillTemplates();
        selectTemplate(name);
    }

    /** Lets the user say what a column holds; the preview is read again with the correction. */
    private void chooseField(int column, int x) {
        SheetEntry entry = sheetList.getSelectedValue();
        if (entry == null || !entry.sheet().isRecognised() || running != null && !running.isDone()) {
            return;
        }
        javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
        javax.swing.JMenuItem none = new javax.swing.JMenuItem(Messages.get("wizard.mapping.none"));
        none.addActionListener(e -> correct(entry, column, null));
        menu.add(none);
        menu.addSeparator();
        for (Field f : Field.values()) {
            javax.swing.JMenuItem item = new javax.swing.JMenuItem(Messages.get("field." + f.name().toLowerCase(Locale.ROOT)));
            item.addActionListener(e -> correct(entry, column, f));
            menu.add(item);
        }
        menu.show(previewTable.getTableHeader(), x, previewTable.getTableHeader().getHeight());
    }

    void correct(SheetEntry entry, int column, Field field) {
        mapping = mapping.with(entry.sheet().name(), new ColumnMapping.Choice(column, field));
        selectedSheet = entry.sheet().name();
        runPreview();
    }

    private void runPreview() {
        cancelled.set(false);
        busy(true);
        importButton.setEnabled(false);
        ColumnMapping chosen = mapping;
        java.util.Map<Path, String> given = passwords.passwords();
        previewShown = false;
        SwingWorker<List<WorkbookPreview>, String> worker = new SwingWorker<>() {
            @Override
            protected List<WorkbookPreview> doInBackground() {
                List<WorkbookPreview> previews = new ArrayList<>();
                for (int f = 0; f < files.size(); f++) {
                    int fileIndex = f;
                    setProgress(f * 100 / files.size());
                    previews.add(Importer.preview(files.get(f), PREVIEW_ROWS, new ImportOptions(null,
                            (i, n, name, rows) -> publish(Messages.get("wizard.progress", name, rows)),
                            cancelled::get, chosen, given)));
                    setProgress((fileIndex + 1) * 100 / files.size());
                }
                return previews;
            }

            @Override
            protected void process(List<String> chunks) {
                summary.setText(chunks.get(chunks.size() - 1));
            }

            @Override
            protected void done() {
                busy(false);
                try {
                    List<WorkbookPreview> previews = get();
                    if (askPasswords(previews)) {
                        runPreview();
                        return;
                    }
                    showPreviews(previews);
                } catch (ExecutionException e) {
                    failed(e);
                } catch (java.util.concurrent.CancellationException e) {
                    dialog.dispose();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        start(worker);
    }

    /** Asks for the passwords of encrypted files the preview could not open; true when one was typed. */
    private boolean askPasswords(List<WorkbookPreview> previews) {
        List<org.roundtrip.ingest.ImportResult.UnreadableFile> unreadable = previews.stream()
                .filter(p -> p.unreadable() != null)
                .map(p -> new org.roundtrip.ingest.ImportResult.UnreadableFile(p.file(), p.unreadable())).toList();
        List<PasswordRequests.Request> asks = passwords.toAsk(files, unreadable);
        return !asks.isEmpty() && PasswordDialog.askAll(dialog, passwords, asks);
    }

    private void showPreviews(List<WorkbookPreview> previews) {
        sheets.clear();
        int warnings = 0;
        int rejected = 0;
        int deals = 0;
        int revenues = 0;
        List<String> unreadable = new ArrayList<>();
        for (WorkbookPreview p : previews) {
            if (p.unreadable() != null) {
                unreadable.add(p.file() + ": " + p.unreadable());
            }
            p.sheets().forEach(s -> sheets.addElement(new SheetEntry(p.file(), s)));
            warnings += p.result().dataset().warnings().size();
            rejected += (int) p.result().dataset().rejected().stream().filter(i -> i.cell() != null).count();
            deals += p.result().dataset().deals().size();
            revenues += p.result().dataset().revenues().size();
        }
        summary.setText(Messages.get("wizard.summary", deals, revenues, warnings, rejected)
                + (unreadable.isEmpty() ? "" : "  ·  " + String.join("; ", unreadable)));
        if (!unreadable.isEmpty()) {
            summary.setForeground(ParseColours.rejectedText());
        }
        importButton.setEnabled(unreadable.size() < previews.size());
        resetMapping.setEnabled(!mapping.isEmpty());
        previewShown = true;
        for (int i = 0; i < sheets.size(); i++) {
            if (selectedSheet != null && selectedSheet.equals(sheets.get(i).sheet().name())) {
                sheetList.setSelectedIndex(i);
                return;
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).sheet().isRecognised()) {
                sheetList.setSelectedIndex(i);
                return;
            }
        }
        if (!sheets.isEmpty()) {
            sheetList.setSelectedIndex(0);
        }
    }

    private void runImport() {
        cancelled.set(false);
        busy(true);
        importButton.setEnabled(false);
        summary.setText(Messages.get("wizard.importing"));
        ColumnMapping chosen = mapping;
        java.util.Map<Path, String> given = passwords.passwords();
        SwingWorker<ImportResult, String> worker = new SwingWorker<>() {
            @Override
            protected ImportResult doInBackground() {
                return Importer.importFiles(files, new ImportOptions(null, (f, n, name, rows) -> {
                    setProgress(Math.min(100, (f + 1) * 100 / Math.max(1, n)));
                    publish(Messages.get("wizard.progress", name, rows));
                }, cancelled::get, chosen, given));
            }

            @Override
            protected void process(List<String> chunks) {
                summary.setText(chunks.get(chunks.size() - 1));
            }

            @Override
            protected void done() {
                busy(false);
                try {
                    ImportResult result = get();
                    dialog.dispose();
                    onImported.accept(result);
                } catch (ExecutionException e) {
                    failed(e);
                } catch (java.util.concurrent.CancellationException e) {
                    summary.setText(Messages.get("status.cancelled"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        start(worker);
    }

    private void failed(ExecutionException e) {
        if (e.getCause() instanceof ImportCancelledException) {
            summary.setText(Messages.get("status.cancelled"));
            importButton.setEnabled(!sheets.isEmpty());
        } else {
            summary.setText(Messages.get("error.import", FailureText.of(e.getCause())));
            summary.setForeground(ParseColours.rejectedText());
        }
    }

    private void busy(boolean on) {
        progress.setVisible(true);
        progress.setIndeterminate(on && files.size() == 1);
        if (!on) {
            progress.setValue(0);
        }
        cancel.setText(Messages.get(on ? "button.cancel" : "button.close"));
    }

    /** Runs a preview or import in the background, its progress shown in the wizard's bar. */
    private void start(SwingWorker<?, ?> worker) {
        worker.addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName())) {
                progress.setValue((Integer) e.getNewValue());
            }
        });
        running = worker;
        worker.execute();
    }

    /** Cancel stops the running preview or import; with nothing running it closes the wizard. */
    private void close() {
        if (running != null && !running.isDone()) {
            cancelled.set(true);
        } else {
            dialog.dispose();
        }
    }

    /** The preview rows of one sheet: a row-number column, then one column per sheet column. */
    private static final class PreviewModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient SheetPreview sheet;
        private transient Map<Integer, String> fieldByColumn = Map.of();
        private transient java.util.Set<Integer> corrected = java.util.Set.of();

        void show(SheetPreview s, ColumnMapping mapping) {
            sheet = s;
            corrected = s == null ? java.util.Set.of() : mapping.forSheet(s.name()).stream()
                    .map(ColumnMapping.Choice::column).collect(java.util.stream.Collectors.toSet());
            java.util.Map<Integer, String> fields = new java.util.HashMap<>();
            if (s != null && s.layout() != null) {
                s.layout().columns().forEach((Field f, SheetLayout.Column c) ->
                        fields.put(c.index(), Messages.get("field." + f.name().toLowerCase(Locale.ROOT))));
                s.layout().tickerColumns().forEach((c, ticker) -> fields.put(c, ticker));
            }
            fieldByColumn = fields;
            fireTableStructureChanged();
        }

        PreviewRow row(int r) {
            return sheet.rows().get(r);
        }

        @Override
        public int getRowCount() {
            return sheet == null ? 0 : sheet.rows().size();
        }

        @Override
        public int getColumnCount() {
            return sheet == null ? 0 : sheet.width() + 1;
        }

        @Override
        public String getColumnName(int c) {
            if (c == 0) {
                return Messages.get("wizard.col.row");
            }
            String field = fieldByColumn.get(c - 1);
            return CellRefs.column(c - 1) + (field == null ? "" : " · " + field) + (corrected.contains(c - 1) ? " ✎" : "");
        }

        @Override
        public Object getValueAt(int r, int c) {
            PreviewRow row = sheet.rows().get(r);
            return c == 0 ? row : row.cells().get(c - 1);
        }
    }

    /** Colours each cell by how it parsed; the first column says what became of the row. */
    private static final class CellRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            JLabel l = (JLabel) super.getTableCellRendererComponent(table, "", selected, focus, row, column);
            l.setToolTipText(null);
            if (value instanceof PreviewRow r) {
                l.setText((r.index() + 1) + "  " + Messages.get("wizard.row." + r.status().name().toLowerCase(Locale.ROOT)));
                if (!selected) {
                    l.setBackground(table.getBackground());
                    l.setForeground(switch (r.status()) {
                        case REJECTED -> ParseColours.rejectedText();
                        case SKIPPED, NOT_READ -> javax.swing.UIManager.getColor("Label.disabledForeground");
                        default -> table.getForeground();
                    });
                }
                return l;
            }
            PreviewCell cell = (PreviewCell) value;
            l.setText(cell.text());
            if (!selected) {
                l.setForeground(cell.status() == CellStatus.IGNORED
                        ? javax.swing.UIManager.getColor("Label.disabledForeground") : table.getForeground());
                l.setBackground(switch (cell.status()) {
                    case OK -> ParseColours.okBackground();
                    case WARNING -> ParseColours.warningBackground();
                    case REJECTED -> ParseColours.rejectedBackground();
                    case IGNORED -> table.getBackground();
                });
            }
            String where = cell.reference();
            l.setToolTipText(cell.reason() == null ? where
                    : "<html><b>" + where + "</b><br>" + cell.reason().replace("&", "&amp;").replace("<", "&lt;")
                    .replace("\n", "<br>") + "</html>");
            return l;
        }
    }
}
