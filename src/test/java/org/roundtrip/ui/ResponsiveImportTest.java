package org.roundtrip.ui;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ui.DashboardSmokeTest.onEdt;

/**
 * The window never freezes: while a 200,000-row workbook is imported, the event thread answers a
 * no-op posted every 20 ms within {@value #MAX_EDT_DELAY_MS} ms; and Cancel stops the import within
 * a second. Needs a display, like {@link DashboardSmokeTest}: skipped without one unless CI=true.
 */
class ResponsiveImportTest {

    private static final int ROWS = 200_000;
    private static final long MAX_EDT_DELAY_MS = 500;
    private static final long MAX_CANCEL_MS = 1_000;

    @TempDir
    static Path dir;

    private static Path workbook;

    @BeforeAll
    static void writeLargeWorkbook() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run)");
        }
        workbook = dir.resolve("large-deals.xlsx");
        // SXSSF keeps 100 rows in memory and streams the rest to disk, like a real large workbook.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(workbook)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("Deals");
            Row header = sheet.createRow(0);
            String[] titles = {"Date", "Payer", "Recipient", "Amount (USD m)", "Status"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            LocalDate start = LocalDate.of(2000, 1, 1);
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(start.plusDays(i % 9000));
                row.getCell(0).setCellStyle(date);
                // Payers and recipients in two groups: no cycles, so the figures stay quick to compute.
                row.createCell(1).setCellValue("Payer " + (i % 50));
                row.createCell(2).setCellValue("Recipient " + (i % 50));
                row.createCell(3).setCellValue(i + 1);
                row.createCell(4).setCellValue(i % 3 == 0 ? "signed" : "announced");
            }
            wb.write(out);
        }
    }

    @Test
    void theEventThreadAnswersWithinHalfASecondWhileALargeWorkbookIsImported() throws Exception {
        MainWindow w = openWindow();
        try {
            SwingUtilities.invokeAndWait(() -> w.open(List.of(workbook)));
            long worst = 0;
            long posted = 0;
            long deadline = System.currentTimeMillis() + 120_000;
            java.util.Set<String> statuses = new java.util.LinkedHashSet<>();
            while (!loaded(w) && System.currentTimeMillis() < deadline) {
                long start = System.nanoTime();
                SwingUtilities.invokeAndWait(() -> { });
                worst = Math.max(worst, (System.nanoTime() - start) / 1_000_000);
                posted++;
                statuses.add(statusText(w));
                Thread.sleep(20);
            }
            // the status bar counts the rows read while the import runs ("large-deals.xlsx: 40,000 rows read")
            String seven = Messages.get("wizard.progress", "large-deals.xlsx", 7);
            String before = seven.substring(0, seven.indexOf('7'));
            String after = seven.substring(seven.indexOf('7') + 1);
            assertThat(statuses).as("status texts during the import").anyMatch(t -> t.startsWith(before)
                    && t.endsWith(after) && t.length() > before.length() + after.length());
            assertThat(loaded(w)).as("the import finishes").isTrue();
            System.out.printf("EDT during a %d-row import: %d no-ops, worst delay %d ms%n", ROWS, posted, worst);
            assertThat(posted).as("the import lasted long enough to measure").isGreaterThan(10);
            assertThat(worst).as("worst EDT delay in ms").isLessThan(MAX_EDT_DELAY_MS);
            assertThat(statusText(w)).startsWith(Messages.get("status.ready", ROWS, "large-deals.xlsx", 0, 0)
                    .substring(0, 8));
        } finally {
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        }
    }

    @Test
    void cancelStopsALargeImportWithinASecond() throws Exception {
        MainWindow w = openWindow();
        try {
            SwingUtilities.invokeAndWait(() -> w.open(List.of(workbook)));
            Thread.sleep(300); // into the rows, yet well before a fast machine could finish
            AbstractButton cancel = find(w.frame().getContentPane(), AbstractButton.class,
                    b -> Messages.get("button.cancel").equals(b.getText()));
            assertThat(onEdt(cancel::isVisible)).as("still importing when Cancel is pressed").isTrue();
            long start = System.nanoTime();
            SwingUtilities.invokeAndWait(cancel::doClick);
            long deadline = System.currentTimeMillis() + 10_000;
            while (onEdt(cancel::isVisible) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Cancel stopped the import in %d ms%n", millis);
            assertThat(millis).as("ms from Cancel to the import stopping").isLessThan(MAX_CANCEL_MS);
            assertThat(statusText(w)).isEqualTo(Messages.get("status.cancelled"));
            assertThat(loaded(w)).isFalse();
        } finally {
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        }
    }

    private static MainWindow openWindow() throws Exception {
        return DashboardSmokeTest.shown(Settings.Theme.LIGHT);
    }

    private static boolean loaded(MainWindow w) throws Exception {
        return onEdt(w::isLoaded);
    }

    /** The status bar's text: the first label of the window's bottom bar that is not blank. */
    private static String statusText(MainWindow w) throws Exception {
        return onEdt(() -> {
            JLabel status = find(w.frame().getContentPane(), JLabel.class,
                    l -> l.getText() != null && (l.getText().equals(Messages.get("status.cancelled"))
                            || l.getText().contains("large-deals.xlsx")));
            return status == null ? "" : status.getText();
        });
    }

    private static <T extends Component> T find(Container root, Class<T> type, Predicate<T> matches) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && matches.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = find(inner, type, matches);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
