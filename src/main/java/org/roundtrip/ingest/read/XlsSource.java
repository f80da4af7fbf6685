package org.roundtrip.ingest.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a legacy .xls workbook through HSSF; formula cells give their cached values. */
final class XlsSource implements WorkbookSource {

    private final HSSFWorkbook workbook;
    private final boolean date1904;
    private final CellValue.NumberDisplay display;

    XlsSource(HSSFWorkbook workbook) {
        this.workbook = workbook;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        this.display = new FormattedNumbers(date1904);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public List<MergedRegion> mergedRegions(int sheet) {
        List<MergedRegion> regions = new ArrayList<>();
        for (CellRangeAddress a : workbook.getSheetAt(sheet).getMergedRegions()) {
            regions.add(new MergedRegion(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
        }
        return regions;
    }

    @Override
    public void read(int sheetIndex, int rowLimit, RowSink sink) throws UnreadableFileException {
        Sheet sheet = workbook.getSheetAt(sheetIndex);
        try {
            for (Row row : sheet) {
                if (row.getRowNum() >= rowLimit) {
                    return;
                }
                int last = row.getLastCellNum();
                if (last <= 0) {
                    continue;
                }
                CellValue[] cells = new CellValue[last];
                boolean any = false;
                for (Cell cell : row) {
                    CellValue v = value(cell);
                    if (v != null) {
                        cells[cell.getColumnIndex()] = v;
                        any = true;
                    }
                }
                if (any && !SinkFailure.deliver(sink, new SheetRow(row.getRowNum(), cells))) {
                    return;
                }
            }
        } catch (SinkFailure e) {
            throw e.sinkException();
        } catch (RuntimeException e) {
            throw new UnreadableFileException("sheet \"" + sheet.getSheetName() + "\" is damaged ("
                    + XlsxSource.plain(e) + ")", e);
        }
    }

    private CellValue value(Cell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> {
                String s = cell.getRichStringCellValue().getString();
                return s == null || s.isEmpty() ? null : CellValue.text(column, s);
            }
            case NUMERIC -> {
                short fmt = cell.getCellStyle().getDataFormat();
                String fmtString = cell.getCellStyle().getDataFormatString();
                boolean isDate = fmtString != null && DateUtil.isADateFormat(fmt, fmtString);
                return CellValue.number(column, cell.getNumericCellValue(), isDate, fmt, fmtString, display);
            }
            case BOOLEAN -> {
                return CellValue.of(column, CellValue.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            }
            case ERROR -> {
                String text;
                try {
                    text = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (IllegalArgumentException e) {
                    text = "#N/A";
                }
                return CellValue.of(column, CellValue.Kind.ERROR, text);
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
