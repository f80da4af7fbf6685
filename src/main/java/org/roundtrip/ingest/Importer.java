package org.roundtrip.ingest;

import org.roundtrip.ingest.read.MergedRegion;
import org.roundtrip.ingest.read.ReadAhead;
import org.roundtrip.ingest.read.SheetRow;
import org.roundtrip.ingest.read.UnreadableFileException;
import org.roundtrip.ingest.read.WorkbookSource;
import org.roundtrip.ingest.read.WorkbookSources;
import org.roundtrip.ingest.sheet.ImportState;
import org.roundtrip.ingest.sheet.SheetImporter;
import org.roundtrip.ingest.sheet.SheetKind;
import org.roundtrip.ingest.sheet.SheetLayout;
import org.roundtrip.model.ImportIssue.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports workbooks into one dataset. Files are read in the order given; the companies and rates
 * sheets of every file are applied first, so that names and currencies resolve the same whichever
 * file comes first; then deals, revenues and prices are read, files in order, sheets in workbook
 * order, rows top-down.
 */
public final class Importer {

    private static final int CANCEL_CHECK_ROWS = 2048;

    private Importer() {
    }

    public static ImportResult importFiles(List<Path> files, ImportOptions options) {
        ImportState state = new ImportState();
        List<ImportResult.UnreadableFile> unreadable = new ArrayList<>();
        List<WorkbookSource> sources = new ArrayList<>();
        List<List<SheetLayout>> layouts = new ArrayList<>();
        try {
            for (int f = 0; f < files.size(); f++) {
                Path path = files.get(f);
                String name = fileName(path);
                checkCancelled(options);
                try {
                    WorkbookSource source = WorkbookSources.open(path, options.passwordFor(path));
                    sources.add(source);
                    layouts.add(detect(state, f, name, source, options.mapping()));
                } catch (UnreadableFileException e) {
                    if (sources.size() > f) {
                        sources.remove(f).close();
                    }
                    sources.add(null);
                    layouts.add(List.of());
                    unreadable.add(new ImportResult.UnreadableFile(name, e.getMessage()));
                    state.fileIssue(Severity.REJECTED, f, name, -1, null, null, e.getMessage());
                }
            }
            // Companies and rates first, from every file.
            for (int f = 0; f < files.size(); f++) {
                readSheets(state, f, files, sources.get(f), layouts.get(f), true, options);
            }
            for (int f = 0; f < files.size(); f++) {
                readSheets(state, f, files, sources.get(f), layouts.get(f), false, options);
            }
        } finally {
            for (WorkbookSource s : sources) {
                if (s != null) {
                    s.close();
                }
            }
        }
        return new ImportResult(state.toDataset(), unreadable, files.size());
    }

    private static String fileName(Path path) {
        Path n = path.getFileName();
        return n == null ? path.toString() : n.toString();
    }

    private static void checkCancelled(ImportOptions options) {
        if (options.cancelled().getAsBoolean()) {
            throw new ImportCancelledException();
        }
    }

    /**
     * Recognises each sheet from its first rows, with the user's column corrections; unrecognised
     * sheets get a null layout.
     *
     * @throws UnreadableFileException when no sheet at all can be read: the file is then as
     *                                 unreadable as a corrupt one, with the first sheet's reason
     */
    private static List<SheetLayout> detect(ImportState state, int f, String name, WorkbookSource source,
                                            ColumnMapping mapping) throws UnreadableFileException {
        List<SheetLayout> result = new ArrayList<>();
        List<String> sheets = source.sheetNames();
        String[] damaged = new String[sheets.size()];
        int damagedCount = 0;
        boolean any = false;
        for (int s = 0; s < sheets.size(); s++) {
            SheetLayout layout = null;
            try {
                layout = detectLayout(source, s, mapping);
            } catch (UnreadableFileException e) {
                damaged[s] = e.getMessage();
                damagedCount++;
            }
            result.add(layout);
            any |= layout != null;
        }
        if (damagedCount > 0 && damagedCount == sheets.size()) {
            throw new UnreadableFileException(damaged[0] + (damagedCount > 1 ? " (and every other sheet likewise)" : ""));
        }
        for (int s = 0; s < sheets.size(); s++) {
            if (damaged[s] != null) {
                state.fileIssue(Severity.REJECTED, f, name, s, sheets.get(s), null, damaged[s]);
            }
        }
        if (!any) {
            state.fileIssue(Severity.WARNING, f, name, -1, null, null,
                    "no sheet of deals, revenues, prices, companies or rates was recognised: a header row needs"
                            + " columns such as Date, Payer, Recipient, Amount (see samples/template.xlsx)");
        }
        return result;
    }

    /**
     * The layout of one sheet from its first rows with the user's corrections applied, or null when the
     * sheet is of no known kind (or the corrections leave it none).
     */
    static SheetLayout detectLayout(WorkbookSource source, int sheet, ColumnMapping mapping)
            throws UnreadableFileException {
        List<MergedRegion> merged = source.mergedRegions(sheet);
        List<SheetRow> top = new ArrayList<>();
        source.read(sheet, SheetLayout.HEADER_SEARCH_ROWS + SheetLayout.WIDE_LOOKAHEAD_ROWS + 1, row -> {
            top.add(row);
            return true;
        });
        SheetLayout layout = SheetLayout.detect(top, merged);
        List<ColumnMapping.Choice> choices = mapping.forSheet(source.sheetNames().get(sheet));
        if (layout == null || choices.isEmpty()) {
            return layout;
        }
        SheetRow header = top.stream().filter(r -> r.index() == layout.headerRow()).findFirst().orElse(null);
        java.util.Map<Integer, org.roundtrip.ingest.sheet.Field> fields = new java.util.LinkedHashMap<>();
        choices.forEach(c -> fields.put(c.column(), c.field()));
        return layout.withFields(fields, header);
    }

    /**
     * Imports one file as {@link #importFiles} does and shows how its first rows were read: each
     * sheet's recognised layout, and for each of its first rows and cells whether it was imported,
     * warned about or rejected, and why. The import wizard shows this before the user imports.
     *
     * @param file         the workbook
     * @param rowsPerSheet how many rows below each header row to show (the rows above it are shown too)
     * @param options      password, progress and cancel of the import behind the preview
     * @throws ImportCancelledException when {@code options} says to stop
     */
    public static WorkbookPreview preview(Path file, int rowsPerSheet, ImportOptions options) {
        return PreviewReader.read(file, rowsPerSheet, importFiles(List.of(file), options), options);
    }

    static String nameOf(Path path) {
        return fileName(path);
    }

    private static void readSheets(ImportState state, int f, List<Path> files, WorkbookSource source,
                                   List<SheetLayout> layouts, boolean reference, ImportOptions options) {
        if (source == null) {
            return;
        }
        String name = fileName(files.get(f));
        List<String> sheets = source.sheetNames();
        long[] rows = {0};
        for (int s = 0; s < layouts.size(); s++) {
            SheetLayout layout = layouts.get(s);
            if (layout == null) {
                continue;
            }
            boolean isReference = layout.kind() == SheetKind.COMPANIES || layout.kind() == SheetKind.RATES;
            if (isReference != reference) {
                continue;
            }
            SheetImporter importer = new SheetImporter(state, f, name, s, sheets.get(s), layout, source.date1904());
            try {
                ReadAhead.read(source, s, row -> {
                    importer.accept(row);
                    if (++rows[0] % CANCEL_CHECK_ROWS == 0) {
                        checkCancelled(options);
                        options.progress().update(f, files.size(), name, rows[0]);
                    }
                    return true;
                });
            } catch (UnreadableFileException e) {
                state.fileIssue(Severity.REJECTED, f, name, s, sheets.get(s), null, e.getMessage());
            }
            importer.finish();
        }
        options.progress().update(f, files.size(), name, rows[0]);
    }
}
