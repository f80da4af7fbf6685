package org.roundtrip.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Next month's version of the bundled sample, as a finance user would make it in Excel: one amount
 * changed (OpenAI → Oracle, 300 → 350 bn), one deal removed (Meta → Scale AI) and one added at the end
 * (Amazon → OpenAI, 10 bn, 2026-01-15). Public for the workspace package's crash test.
 */
public final class SampleCopies {

    /** The bundled sample, relative to the project root (Maven's working directory for tests). */
    public static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");

    private static final DataFormatter TEXT = new DataFormatter();

    private SampleCopies() {
    }

    /** Writes the changed copy to {@code target} and returns it. */
    public static Path nextMonth(Path target) throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet deals = wb.getSheet("Deals");
            Row header = null;
            for (Row r : deals) {
                if (indexOf(r, "Payer") >= 0) {
                    header = r;
                    break;
                }
            }
            if (header == null) {
                throw new IllegalStateException("the sample's Deals sheet has no header row");
            }
            Map<String, Integer> col = new HashMap<>();
            for (Cell c : header) {
                col.put(TEXT.formatCellValue(c), c.getColumnIndex());
            }
            int payer = col.get("Payer");
            int recipient = col.get("Recipient");
            int amount = col.get("Amount (USD bn)");

            Row oracle = find(deals, payer, "OpenAI", recipient, "Oracle");
            oracle.getCell(amount).setCellValue(350);

            Row meta = find(deals, payer, "Meta", recipient, "Scale AI");
            int metaRow = meta.getRowNum();
            int last = deals.getLastRowNum();
            deals.removeRow(meta);
            deals.shiftRows(metaRow + 1, last, -1);

            last = deals.getLastRowNum();
            Row above = deals.getRow(last);
            Row added = deals.createRow(last + 1);
            for (Cell c : above) {
                added.createCell(c.getColumnIndex()).setCellStyle(c.getCellStyle());
            }
            added.getCell(col.get("Date")).setCellValue(LocalDate.of(2026, 1, 15));
            added.getCell(payer).setCellValue("Amazon");
            added.getCell(recipient).setCellValue("OpenAI");
            added.getCell(amount).setCellValue(10);
            added.getCell(col.get("Type")).setCellValue("cloud contract");
            added.getCell(col.get("Status")).setCellValue("signed");
            added.getCell(col.get("Source")).setCellValue("test");
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    private static int indexOf(Row r, String text) {
        for (Cell c : r) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    private static Row find(Sheet sheet, int payerColumn, String payer, int recipientColumn, String recipient) {
        for (Row r : sheet) {
            if (payer.equals(TEXT.formatCellValue(r.getCell(payerColumn)))
                    && recipient.equals(TEXT.formatCellValue(r.getCell(recipientColumn)))) {
                return r;
            }
        }
        throw new IllegalStateException("the sample has no deal " + payer + " → " + recipient);
    }
}
