package org.roundtrip.ingest;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds tiny workbooks inside tests. Cell values: String → text (a String starting with "=" is a
 * formula), Number → number, LocalDate → a date cell, null → blank.
 */
public final class TestWorkbooks {

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
    private final Map<String, List<String>> merges = new LinkedHashMap<>();
    private boolean date1904;
    private boolean evaluate;

    public static TestWorkbooks create() {
        return new TestWorkbooks();
    }

    /** Adds a sheet; each array is one row starting in column A (leading nulls shift it right). */
    public TestWorkbooks sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(List.of(rows)));
        return this;
    }

    public TestWorkbooks merge(String sheet, String range) {
        merges.computeIfAbsent(sheet, k -> new ArrayList<>()).add(range);
        return this;
    }

    public TestWorkbooks date1904() {
        this.date1904 = true;
        return this;
    }

    /** Computes formulas before writing, so that they carry cached values (errors included). */
    public TestWorkbooks evaluateFormulas() {
        this.evaluate = true;
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    public Path writeXlsx(Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(date1904);
            fill(wb);
            return write(wb, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeXls(Path file) {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb);
            return write(wb, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(Workbook wb, Path file) throws IOException {
        if (evaluate) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private void fill(Workbook wb) {
        CreationHelper helper = wb.getCreationHelper();
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
        for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
            Sheet sheet = wb.createSheet(e.getKey());
            int r = 0;
            for (Object[] cells : e.getValue()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    Object v = cells[c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof String s && s.startsWith("=")) {
                        cell.setCellFormula(s.substring(1));
                    } else if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        throw new IllegalArgumentException("unsupported cell value " + v);
                    }
                }
            }
            for (String range : merges.getOrDefault(e.getKey(), List.of())) {
                sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range));
            }
        }
    }

    /** Writes a CSV file with the given charset and exact text. */
    public static Path csv(Path file, String text, java.nio.charset.Charset charset) {
        try {
            Files.write(file, text.getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
