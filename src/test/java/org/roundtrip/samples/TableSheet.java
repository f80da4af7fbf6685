package org.roundtrip.samples;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet holding one table the way Roundtrip reads it: an optional title row and a blank row,
 * then the header row, then one row per record. Frozen below the header, filterable, and printed
 * landscape one page wide.
 */
final class TableSheet {

    /** One column: its header text (exactly what Roundtrip matches), width in characters, style. */
    record Column(String header, int widthChars, CellStyle style) {
    }

    /** Height of one line of the default 11-point font. */
    static final float LINE_HEIGHT_POINTS = 15f;

    private final Sheet sheet;
    private final SampleStyles styles;
    private final List<Column> columns;
    private final int headerRow;
    private int nextRow;

    /**
     * Starts the sheet.
     *
     * @param title the text of the row above the header, or null for a sheet whose first row is its
     *              header (the template)
     */
    TableSheet(Sheet sheet, SampleStyles styles, String title, List<Column> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = List.copyOf(columns);
        if (title != null) {
            writeTitle(sheet, styles, title);
            headerRow = 2;
        } else {
            headerRow = 0;
        }
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, columns.get(c).widthChars() * 256);
            if (title == null) {
                // The template's columns keep their format for what the user types.
                sheet.setDefaultColumnStyle(c, columns.get(c).style());
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        printOnePageWide(sheet).setLandscape(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        nextRow = headerRow + 1;
    }

    /**
     * Adds one record. A String becomes a text cell, a Number a numeric cell, a LocalDate a date
     * cell; null leaves the cell empty. Text in a date column keeps a text format, so that "2025-08"
     * stays text when retyped.
     */
    void addRow(Object... values) {
        if (values.length > columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            CellStyle style = columns.get(c).style();
            if (value instanceof String s) {
                cell.setCellValue(s);
                if (style == styles.date) {
                    style = styles.textAsTyped;
                }
                if (style.getWrapText()) {
                    lines = Math.max(lines, wrappedLineCount(s, columns.get(c).widthChars()));
                }
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
            } else {
                throw new IllegalArgumentException("no cell for " + value.getClass());
            }
            cell.setCellStyle(style);
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_HEIGHT_POINTS);
        }
    }

    /** Writes a sheet's title, in large bold type, in its first cell. */
    static void writeTitle(Sheet sheet, SampleStyles styles, String title) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
    }

    /** Prints the sheet one page wide, on as many pages as it takes; returns its print setup. */
    static PrintSetup printOnePageWide(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return print;
    }

    /**
     * How many lines a text takes once wrapped in a column of that width, counting one character
     * per unit of width and a tenth. Excel and LibreOffice do not fit row heights to wrapped text when they open
     * a file, so the generator sets them; counting wide keeps the estimate on the generous side.
     */
    static int wrappedLineCount(String text, int widthChars) {
        // A unit of width is the width of a digit; an average letter is a little narrower.
        int lineChars = (int) (widthChars * 1.1);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed > lineChars && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = needed;
            }
        }
        return lines;
    }

    /** Adds the filter buttons over the header and the rows written so far. */
    void addFilter() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
    }
}
