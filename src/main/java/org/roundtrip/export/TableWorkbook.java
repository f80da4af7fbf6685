package org.roundtrip.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.EventEstimate;
import org.roundtrip.analysis.EventStudyResult;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.analysis.Summary;
import org.roundtrip.model.ImportIssue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The analysis tables as a workbook finance staff can keep working in: one sheet each for ratios,
 * cycles, stock reactions, the event study and the import issues; bold frozen header, filters,
 * number formats that keep the raw USD and fractions underneath, sensible widths.
 *
 * <p>Text is always written as a text cell, never as a formula, so a company named "=HYPERLINK(…)"
 * in a workbook cannot run anything; text that starts like a formula (= + - @) is also marked with a
 * quote prefix, so that editing the cell in Excel keeps it text.
 */
public final class TableWorkbook {

    /** Sheet names, in order. */
    public static final List<String> SHEETS = List.of("Ratios", "Cycles", "Reactions", "Event study", "Import issues");

    private static final String USD_BN = "#,##0.0,,,\" bn\"";
    private static final String TIMES = "0.00\"×\"";
    private static final String PERCENT = "+0.0%;-0.0%;0.0%";
    private static final String DATE = "yyyy-mm-dd";

    private TableWorkbook() {
    }

    /** Writes the workbook to {@code file} atomically. */
    public static void write(Summary summary, List<EventStudyResult> eventStudy, List<ImportIssue> issues, Path file)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            ratios(book.createSheet(SHEETS.get(0)), styles, summary.companies());
            cycles(book.createSheet(SHEETS.get(1)), styles, summary.cycles().cycles());
            reactions(book.createSheet(SHEETS.get(2)), styles, summary.reactions());
            eventStudy(book.createSheet(SHEETS.get(3)), styles, eventStudy);
            issues(book.createSheet(SHEETS.get(4)), styles, issues);
            AtomicFiles.write(file, book::write);
        }
    }

    private static void ratios(Sheet sheet, Styles s, List<CompanyFigures> companies) {
        header(sheet, s, new String[] {"Company", "Committed (USD)", "Received (USD)", "Committed per year (USD)",
            "Revenue per year (USD)", "Committed ÷ revenue", "Per year ÷ revenue"}, new int[] {24, 16, 16, 22, 20, 18, 18});
        int r = 1;
        for (CompanyFigures c : companies) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.name(), s);
            number(row, 1, c.outgoingUsd(), s.usd);
            number(row, 2, c.incomingUsd(), s.usd);
            number(row, 3, c.annualOutgoingUsd(), s.usd);
            number(row, 4, c.annualRevenueUsd(), s.usd);
            number(row, 5, c.ratio(), s.times);
            number(row, 6, c.annualRatio(), s.times);
        }
        finish(sheet, 7, r);
    }

    private static void cycles(Sheet sheet, Styles s, List<Cycle> cycles) {
        header(sheet, s, new String[] {"Cycle", "Companies", "Circulating (USD)", "Amount"}, new int[] {60, 12, 18, 14});
        int r = 1;
        for (Cycle c : cycles) {
            Row row = sheet.createRow(r++);
            text(row, 0, String.join(" → ", c.path()), s);
            row.createCell(1).setCellValue(c.length());
            number(row, 2, c.circulatingUsd(), s.usd);
            text(row, 3, c.circulatingUsd() == null ? "undisclosed" : "known", s);
        }
        finish(sheet, 4, r);
    }

    private static void reactions(Sheet sheet, Styles s, List<StockReaction> reactions) {
        header(sheet, s, new String[] {"Date", "Company", "Ticker", "Return", "Abnormal return"},
                new int[] {12, 20, 10, 12, 16});
        int r = 1;
        for (StockReaction x : reactions) {
            Row row = sheet.createRow(r++);
            date(row, 0, x.date(), s);
            text(row, 1, x.company(), s);
            text(row, 2, x.ticker(), s);
            number(row, 3, x.returnFraction(), s.percent);
            number(row, 4, x.abnormal(), s.percent);
        }
        finish(sheet, 5, r);
    }

    private static void eventStudy(Sheet sheet, Styles s, List<EventStudyResult> results) {
        header(sheet, s, new String[] {"Announced", "Payer", "Recipient", "Company", "Ticker", "Benchmark", "t0",
            "Beta", "CAR", "95% CI low", "95% CI high", "t-statistic", "Estimation days", "Why not estimated"},
                new int[] {12, 16, 16, 16, 9, 11, 12, 8, 10, 11, 11, 11, 15, 50});
        int r = 1;
        for (EventStudyResult x : results) {
            Row row = sheet.createRow(r++);
            date(row, 0, x.deal().date().date(), s);
            text(row, 1, x.deal().payer(), s);
            text(row, 2, x.deal().recipient(), s);
            text(row, 3, x.company(), s);
            text(row, 4, x.ticker(), s);
            text(row, 5, x.benchmark(), s);
            EventEstimate e = x.estimate();
            if (e != null) {
                date(row, 6, e.t0(), s);
                number(row, 7, e.beta(), s.decimal);
                number(row, 8, e.car(), s.percent);
                number(row, 9, e.confidenceLow(), s.percent);
                number(row, 10, e.confidenceHigh(), s.percent);
                number(row, 11, e.tStatistic(), s.decimal);
                row.createCell(12).setCellValue(e.estimationDays());
            }
            text(row, 13, x.skippedReason(), s);
        }
        finish(sheet, 14, r);
    }

    private static void issues(Sheet sheet, Styles s, List<ImportIssue> issues) {
        header(sheet, s, new String[] {"Severity", "File", "Sheet", "Cell", "Value", "Message"},
                new int[] {11, 28, 16, 8, 24, 90});
        int r = 1;
        for (ImportIssue i : issues) {
            Row row = sheet.createRow(r++);
            text(row, 0, i.isRejected() ? "rejected" : "warning", s);
            text(row, 1, i.file(), s);
            text(row, 2, i.sheet(), s);
            text(row, 3, i.cell(), s);
            text(row, 4, i.value(), s);  // the workbook's own text, possibly "=cmd|…": kept as text
            text(row, 5, i.message(), s);
        }
        finish(sheet, 6, r);
    }

    private static void header(Sheet sheet, Styles s, String[] names, int[] widthsInCharacters) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(s.header);
            sheet.setColumnWidth(c, Math.min(255, widthsInCharacters[c]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void finish(Sheet sheet, int columns, int rows) {
        // printed or converted to PDF: landscape, all columns on one page width, header on every page
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        if (rows > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
        }
    }

    /** A text cell; null leaves the cell empty. Never a formula, whatever the text. */
    static void text(Row row, int column, String value, Styles s) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);  // setCellValue(String) always makes a string cell, never a formula
        if (looksLikeFormula(value)) {
            cell.setCellStyle(s.quoted);
        }
    }

    /** Whether a spreadsheet would take the text for a formula if typed in: it starts with = + - or @. */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    private static void number(Row row, int column, Double value, CellStyle style) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate value, Styles s) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(s.date);
    }

    /** One style object per look: workbooks have a small limit on distinct styles. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle usd;
        final CellStyle times;
        final CellStyle percent;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle quoted;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            usd = numberStyle(book, USD_BN);
            times = numberStyle(book, TIMES);
            percent = numberStyle(book, PERCENT);
            decimal = numberStyle(book, "0.00");
            date = numberStyle(book, DATE);
            quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        private static CellStyle numberStyle(XSSFWorkbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }
}
