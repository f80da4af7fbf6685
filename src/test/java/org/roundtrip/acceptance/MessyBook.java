package org.roundtrip.acceptance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Builds the workbooks of the acceptance tests cell by cell, the way a finance user types them: a title
 * here, a blank row there, a header that starts in column B, formulas, hidden rows.
 *
 * <p>Cell values: a {@code String} is text, or a formula when it starts with "=" (its cached value is
 * computed before writing); a {@code Number} is a number in the General format; a {@link LocalDate} is
 * a real date cell formatted yyyy-mm-dd, a {@link LocalDateTime} one with its time; {@code null} leaves the cell out; {@link #noCache(String)} is a
 * formula saved without a cached value; {@link #dateFormula(String)} a formula shown as a date.
 */
final class MessyBook {

    /** A formula written without any cached value, as some generators (not Excel) save them. */
    record UncachedFormula(String formula) {
    }

    private final Workbook workbook;
    private final CellStyle dateStyle;
    private final List<Cell> formulasToEvaluate = new ArrayList<>();
    private Sheet sheet;
    private int nextRow;
    private String password;

    private MessyBook(Workbook workbook) {
        this.workbook = workbook;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static MessyBook xlsx() {
        return new MessyBook(new XSSFWorkbook());
    }

    /** A macro-enabled workbook (.xlsm): read like .xlsx. */
    static MessyBook xlsm() {
        return new MessyBook(new XSSFWorkbook(XSSFWorkbookType.XLSM));
    }

    /** An .xlsx workbook in the 1904 date system (Mac Excel of old): date cells hold 1904-based serials. */
    static MessyBook xlsx1904() {
        XSSFWorkbook wb = new XSSFWorkbook();
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        return new MessyBook(wb);
    }

    /**
     * An .xlsx written by POI's streaming writer, which stores text as inline strings rather than in the
     * shared-strings table, as many generators other than Excel do. No formulas in such a book.
     */
    static MessyBook xlsxInlineStrings() {
        return new MessyBook(new SXSSFWorkbook(new XSSFWorkbook(), 1000));
    }

    static MessyBook xls() {
        return new MessyBook(new HSSFWorkbook());
    }

    /** A formula whose result is shown as a date, like =DATE(2025,9,22) typed by a user. */
    record DateFormula(String formula) {
    }

    /** A number shown through a number format ("#,##0.0"), so its displayed text differs from its value. */
    record Formatted(Number value, String format) {
    }

    /** Text typed in runs of alternating plain and bold characters (a rich-text cell). */
    record Rich(String... runs) {
    }

    static Rich rich(String... runs) {
        return new Rich(runs);
    }

    static Formatted formatted(Number value, String format) {
        return new Formatted(value, format);
    }

    static UncachedFormula noCache(String formula) {
        return new UncachedFormula(formula);
    }

    static DateFormula dateFormula(String formula) {
        return new DateFormula(formula);
    }

    /** Starts a new sheet; the following rows go there, from row 1. */
    MessyBook sheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        return this;
    }

    /** Writes the next row from column A. */
    MessyBook row(Object... cells) {
        return rowFrom("A", cells);
    }

    /** Writes the next row starting at the given column ("B"). */
    MessyBook rowFrom(String column, Object... cells) {
        Row row = sheet.createRow(nextRow++);
        int col = CellReference.convertColStringToIndex(column);
        for (Object value : cells) {
            put(row, col++, value);
        }
        return this;
    }

    /** Leaves the next row empty. */
    MessyBook blank() {
        nextRow++;
        return this;
    }

    /** Hides the row written last. */
    MessyBook hideRow() {
        sheet.getRow(nextRow - 1).setZeroHeight(true);
        return this;
    }

    MessyBook hideColumn(String column) {
        sheet.setColumnHidden(CellReference.convertColStringToIndex(column), true);
        return this;
    }

    /** Merges a range ("A1:A2") of the current sheet. */
    MessyBook merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    /** Encrypts the written file with this password (standard Office agile encryption; .xlsx only). */
    MessyBook password(String password) {
        this.password = password;
        return this;
    }

    private void put(Row row, int col, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        if (value instanceof UncachedFormula f) {
            cell.setCellFormula(f.formula());
        } else if (value instanceof Rich r) {
            RichTextString text = workbook.getCreationHelper().createRichTextString(String.join("", r.runs()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            int at = 0;
            for (int i = 0; i < r.runs().length; i++) {
                int end = at + r.runs()[i].length();
                if (i % 2 == 1 && end > at) {
                    text.applyFont(at, end, bold);
                }
                at = end;
            }
            cell.setCellValue(text);
        } else if (value instanceof Formatted f) {
            cell.setCellValue(f.value().doubleValue());
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(f.format()));
            cell.setCellStyle(style);
        } else if (value instanceof DateFormula f) {
            cell.setCellFormula(f.formula());
            cell.setCellStyle(dateStyle);
            formulasToEvaluate.add(cell);
        } else if (value instanceof String s && s.startsWith("=") && s.length() > 1) {
            cell.setCellFormula(s.substring(1));
            formulasToEvaluate.add(cell);
        } else if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            cell.setCellStyle(style);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else {
            throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Cell cell : formulasToEvaluate) {
            evaluator.evaluateFormulaCell(cell);
        }
        if (password == null) {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } else {
            writeEncrypted(file);
        }
        workbook.close();   // for the streaming writer this also deletes its temporary files
        return file;
    }

    private void writeEncrypted(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                workbook.write(data);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** Writes a CSV file as given, in the given charset, with a byte-order mark when asked. */
    static Path csv(Path file, String text, Charset charset, boolean byteOrderMark) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] body = text.getBytes(charset);
        byte[] bom = byteOrderMark ? "\uFEFF".getBytes(StandardCharsets.UTF_8) : new byte[0];
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return Files.write(file, all);
    }
}
