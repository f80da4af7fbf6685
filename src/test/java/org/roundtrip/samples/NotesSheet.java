package org.roundtrip.samples;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet of explanations for people (the sample's "Read me", the template's "Instructions"): a
 * title, then one row per note, a short bold label in column A and wrapped text in column B.
 *
 * <p>Roundtrip must skip these sheets. A row holds at most two cells and no label is a header word
 * of DESIGN.md, so no row can be taken for a header row.
 */
final class NotesSheet {

    /** One note: a short label (may be empty) and its text; a warning label is shown in red. */
    record Note(String label, String text, boolean warning) {
        /** An empty row between groups of notes. */
        static final Note GAP = new Note("", "", false);

        static Note of(String label, String text) {
            return new Note(label, text, false);
        }

        static Note warning(String label, String text) {
            return new Note(label, text, true);
        }
    }

    private static final int LABEL_WIDTH_CHARS = 18;
    private static final int TEXT_WIDTH_CHARS = 110;

    private NotesSheet() {
    }

    static void write(Sheet sheet, SampleStyles styles, String title, List<Note> notes) {
        TableSheet.writeTitle(sheet, styles, title);
        sheet.setColumnWidth(0, LABEL_WIDTH_CHARS * 256);
        sheet.setColumnWidth(1, TEXT_WIDTH_CHARS * 256);
        int r = 2;
        for (Note note : notes) {
            Row row = sheet.createRow(r++);
            if (!note.label().isEmpty()) {
                Cell label = row.createCell(0);
                label.setCellValue(note.label());
                label.setCellStyle(note.warning() ? styles.warningLabel : styles.label);
            }
            if (!note.text().isEmpty()) {
                Cell text = row.createCell(1);
                text.setCellValue(note.text());
                text.setCellStyle(styles.wrappedText);
                int lines = TableSheet.wrappedLineCount(note.text(), TEXT_WIDTH_CHARS);
                if (lines > 1) {
                    row.setHeightInPoints(lines * TableSheet.LINE_HEIGHT_POINTS);
                }
            }
        }
        TableSheet.printOnePageWide(sheet);
    }
}
