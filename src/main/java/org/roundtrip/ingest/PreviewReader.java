package org.roundtrip.ingest;

import org.roundtrip.ingest.WorkbookPreview.CellStatus;
import org.roundtrip.ingest.WorkbookPreview.PreviewCell;
import org.roundtrip.ingest.WorkbookPreview.PreviewRow;
import org.roundtrip.ingest.WorkbookPreview.RowStatus;
import org.roundtrip.ingest.WorkbookPreview.SheetPreview;
import org.roundtrip.ingest.read.CellRefs;
import org.roundtrip.ingest.read.SheetRow;
import org.roundtrip.ingest.read.UnreadableFileException;
import org.roundtrip.ingest.read.WorkbookSource;
import org.roundtrip.ingest.read.WorkbookSources;
import org.roundtrip.ingest.sheet.SheetKind;
import org.roundtrip.ingest.sheet.SheetLayout;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.ImportIssue;
import org.roundtrip.model.SourceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link WorkbookPreview} from an import already done: it re-reads the first rows of each
 * sheet and marks each cell with the issues the import reported on it, so the preview and the
 * import share every parsing rule.
 */
final class PreviewReader {

    private PreviewReader() {
    }

    static WorkbookPreview read(Path file, int rowsPerSheet, ImportResult result, ImportOptions options) {
        String name = Importer.nameOf(file);
        if (!result.unreadable().isEmpty()) {
            return new WorkbookPreview(name, result.unreadable().get(0).reason(), List.of(), result);
        }
        Dataset dataset = result.dataset();
        Map<Long, List<ImportIssue>> issuesByCell = new HashMap<>();
        Set<Long> rejectedRows = new HashSet<>();
        for (ImportIssue issue : dataset.issues()) {
            ImportIssue.Order o = issue.order();
            if (o.row() < 0) {
                continue;
            }
            issuesByCell.computeIfAbsent(key(o.sheet(), o.row(), o.column()), k -> new ArrayList<>()).add(issue);
            if (issue.isRejected()) {
                rejectedRows.add(key(o.sheet(), o.row(), -1));
            }
        }
        Set<SourceRef> importedRows = new HashSet<>();
        dataset.deals().forEach(d -> importedRows.add(d.origin()));
        dataset.revenues().forEach(r -> importedRows.add(r.origin()));
        try (WorkbookSource source = WorkbookSources.open(file, options.passwordFor(file))) {
            List<SheetPreview> sheets = new ArrayList<>();
            List<String> names = source.sheetNames();
            for (int s = 0; s < names.size(); s++) {
                sheets.add(sheet(source, s, names.get(s), name, rowsPerSheet, issuesByCell, rejectedRows, importedRows,
                        options.mapping()));
            }
            return new WorkbookPreview(name, null, sheets, result);
        } catch (UnreadableFileException e) {
            return new WorkbookPreview(name, e.getMessage(), List.of(), result);
        }
    }

    private static SheetPreview sheet(WorkbookSource source, int s, String sheetName, String file, int rowsPerSheet,
                                      Map<Long, List<ImportIssue>> issuesByCell, Set<Long> rejectedRows,
                                      Set<SourceRef> importedRows, ColumnMapping mapping)
            throws UnreadableFileException {
        SheetLayout layout = Importer.detectLayout(source, s, mapping);
        int lastRow = (layout == null ? 0 : layout.firstDataRow()) + rowsPerSheet;
        List<SheetRow> rows = new ArrayList<>();
        source.read(s, lastRow, row -> {
            rows.add(row);
            return true;
        });
        int width = rows.stream().mapToInt(SheetRow::width).max().orElse(0);
        Set<Integer> used = new HashSet<>();
        if (layout != null) {
            layout.columns().values().forEach(c -> used.add(c.index()));
            used.addAll(layout.tickerColumns().keySet());
        }
        List<PreviewRow> preview = new ArrayList<>();
        for (SheetRow row : rows) {
            RowStatus status = rowStatus(layout, row.index(), s, sheetName, file, rejectedRows, importedRows);
            List<PreviewCell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                List<ImportIssue> issues = issuesByCell.getOrDefault(key(s, row.index(), c), List.of());
                cells.add(cell(row, c, status, used.contains(c), issues));
            }
            preview.add(new PreviewRow(row.index(), status, cells));
        }
        return new SheetPreview(sheetName, layout, preview, width);
    }

    private static RowStatus rowStatus(SheetLayout layout, int index, int s, String sheetName, String file,
                                       Set<Long> rejectedRows, Set<SourceRef> importedRows) {
        if (layout == null || index < layout.headerRow()) {
            return RowStatus.NOT_READ;
        }
        if (index < layout.firstDataRow()) {
            return RowStatus.HEADER;
        }
        if (rejectedRows.contains(key(s, index, -1))) {
            return RowStatus.REJECTED;
        }
        // deals and revenues carry the row they came from; other kinds of sheet are read whole
        boolean traced = layout.kind() == SheetKind.DEALS || layout.kind() == SheetKind.REVENUES;
        if (traced && !importedRows.contains(new SourceRef(file, sheetName, index + 1))) {
            return RowStatus.SKIPPED;
        }
        return RowStatus.IMPORTED;
    }

    private static PreviewCell cell(SheetRow row, int c, RowStatus rowStatus, boolean used, List<ImportIssue> issues) {
        String ref = CellRefs.cell(c, row.index());
        String text = row.text(c);
        if (!issues.isEmpty()) {
            boolean rejected = issues.stream().anyMatch(ImportIssue::isRejected);
            String reason = String.join("\n", issues.stream().map(ImportIssue::message).toList());
            return new PreviewCell(ref, text, rejected ? CellStatus.REJECTED : CellStatus.WARNING, reason);
        }
        // a skipped row (a total, a note) is not read, even in the columns a field claims
        boolean read = used && rowStatus != RowStatus.NOT_READ && rowStatus != RowStatus.SKIPPED;
        return new PreviewCell(ref, text, read ? CellStatus.OK : CellStatus.IGNORED, null);
    }

    /** One number per sheet, row and column (-1 for the whole row). */
    private static long key(int sheet, int row, int column) {
        return ((long) sheet << 42) | ((long) row << 21) | (column + 1L);
    }
}
