package org.roundtrip.samples;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the bundled workbooks, created once per workbook. */
final class SampleStyles {

    private static final byte[] HEADER_FILL = {(byte) 0xFF, (byte) 0xDD, (byte) 0xE6, (byte) 0xF1}; // ARGB
    private static final byte[] WARNING_RED = {(byte) 0xFF, (byte) 0xC0, 0x00, 0x00};

    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle warningLabel;
    final CellStyle text;
    final CellStyle wrappedText;
    /** For text that Excel would otherwise turn into a date when retyped, such as "2025-08". */
    final CellStyle textAsTyped;
    final CellStyle date;
    /** Amounts in billions: one decimal ("0.0"). */
    final CellStyle amount;
    /** Revenue amounts: thousands separated, one or two decimals (1.92, 7,240.0). */
    final CellStyle revenue;
    final CellStyle years;
    final CellStyle price;
    final CellStyle rate;

    SampleStyles(XSSFWorkbook workbook) {
        XSSFFont titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFCellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        header = headerStyle;

        label = body(workbook, null);
        label.setFont(bold);
        XSSFFont redBold = workbook.createFont();
        redBold.setBold(true);
        redBold.setColor(new XSSFColor(WARNING_RED, null));
        warningLabel = body(workbook, null);
        warningLabel.setFont(redBold);

        text = body(workbook, null);
        wrappedText = body(workbook, null);
        wrappedText.setWrapText(true);
        textAsTyped = body(workbook, "@");
        textAsTyped.setAlignment(HorizontalAlignment.RIGHT); // lines up with the dates around it
        date = body(workbook, "yyyy-mm-dd");
        amount = body(workbook, "0.0");
        amount.setAlignment(HorizontalAlignment.RIGHT); // "undisclosed" under the numbers
        revenue = body(workbook, "#,##0.0#");
        years = body(workbook, "0.##");
        price = body(workbook, "#,##0.00");
        rate = body(workbook, "0.0000");
    }

    private static CellStyle body(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
