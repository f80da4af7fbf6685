package org.roundtrip.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.roundtrip.samples.SampleWorkbookGenerator.DEALS;
import static org.roundtrip.samples.SampleWorkbookGenerator.PRICES;
import static org.roundtrip.samples.SampleWorkbookGenerator.SAMPLE;
import static org.roundtrip.samples.SampleWorkbookGenerator.TEMPLATE;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleWorkbookGeneratorTest {

    /** The committed files; surefire runs in the project root. */
    private static final Path COMMITTED = Path.of("samples");

    @TempDir
    static Path fresh;

    private static Map<String, NavigableMap<LocalDate, Double>> closesByTicker;

    @BeforeAll
    static void generate() throws IOException {
        SampleWorkbookGenerator.generate(fresh);
        try (Workbook sample = open(fresh.resolve(SAMPLE))) {
            closesByTicker = closes(sample.getSheet(PRICES));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, TEMPLATE})
    void committedWorkbookHoldsWhatTheGeneratorWrites(String name) throws IOException {
        try (Workbook committed = open(COMMITTED.resolve(name)); Workbook generated = open(fresh.resolve(name))) {
            assertThat(sheetNames(committed)).as("sheets of the committed %s", name)
                    .isEqualTo(sheetNames(generated));
            for (String sheet : sheetNames(generated)) {
                assertThat(contents(committed.getSheet(sheet)))
                        .as("%s, sheet %s: regenerate the samples (see samples/README.md)", name, sheet)
                        .isEqualTo(contents(generated.getSheet(sheet)));
            }
        }
    }

    @Test
    void sheetsComeInTheDocumentedOrder() throws IOException {
        try (Workbook sample = open(fresh.resolve(SAMPLE)); Workbook template = open(fresh.resolve(TEMPLATE))) {
            assertThat(sheetNames(sample))
                    .containsExactly("Read me", "Deals", "Revenues", "Companies", "Prices", "Rates", "Sources");
            assertThat(sheetNames(template))
                    .containsExactly("Instructions", "Deals", "Revenues", "Companies", "Prices", "Rates");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deals     | Date,Payer,Recipient,Amount (USD bn),Wording in source,Type,Term (years),Status,Source,Note",
        "Revenues  | Company,Period,Start,End,Amount,Currency,Metric,Source,Note",
        "Companies | Company,Aliases,Ticker,Benchmark,Listed on,Role",
        "Prices    | Date,Ticker,Close",
        "Rates     | Currency,Rate (USD per unit)"})
    void sampleAndTemplateShareTheCanonicalHeaders(String sheet, String headers) throws IOException {
        List<String> expected = List.of(headers.split(","));
        try (Workbook sample = open(fresh.resolve(SAMPLE)); Workbook template = open(fresh.resolve(TEMPLATE))) {
            assertThat(texts(sample.getSheet(sheet).getRow(2))).isEqualTo(expected);
            assertThat(texts(template.getSheet(sheet).getRow(0))).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"ORCL, 2025-09-10, 0.36", "NVDA, 2025-09-22, 0.04", "AMD, 2025-10-06, 0.24", "AVGO, 2025-10-13, 0.10"})
    void announcementDayCloseMovesByTheReportedSize(String ticker, LocalDate day, double reported) {
        assertThat(moveOn(ticker, day)).isCloseTo(reported, within(0.001));
        assertThat(moveOn(IllustrativePrices.BENCHMARK, day)).isBetween(0.0, 0.006);
    }

    @Test
    void pricesCoverTheFourStocksAndTheBenchmarkOnWeekdays() {
        assertThat(closesByTicker).containsOnlyKeys("AMD", "AVGO", "NVDA", "ORCL", "SPX");
        for (NavigableMap<LocalDate, Double> series : closesByTicker.values()) {
            assertThat(series.firstKey()).isEqualTo(LocalDate.of(2024, 10, 1));
            assertThat(series.lastKey()).isEqualTo(LocalDate.of(2026, 2, 27));
            assertThat(series.keySet()).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThan(6));
            assertThat(series.values()).allSatisfy(close -> assertThat(close).isPositive());
        }
    }

    @Test
    void softBankMonthOnlyDateIsText() throws IOException {
        try (Workbook sample = open(fresh.resolve(SAMPLE))) {
            Row softBank = null;
            for (Row row : sample.getSheet(DEALS)) {
                if ("SoftBank".equals(text(row.getCell(1)))) {
                    softBank = row;
                }
            }
            assertThat(softBank).as("SoftBank's deal row").isNotNull();
            assertThat(softBank.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(softBank.getCell(0).getStringCellValue()).isEqualTo("2025-08");
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    private static double moveOn(String ticker, LocalDate day) {
        NavigableMap<LocalDate, Double> series = closesByTicker.get(ticker);
        assertThat(series).as("%s closes", ticker).containsKey(day);
        return series.get(day) / series.lowerEntry(day).getValue() - 1;
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** Every non-empty cell as "B3 STRING Payer [General]": reference, type, value and number format. */
    private static List<String> contents(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String value = switch (cell.getCellType()) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                    case FORMULA -> cell.getCellFormula();
                    case BLANK -> "";
                    default -> cell.toString();
                };
                cells.add(cell.getAddress() + " " + cell.getCellType() + " " + value
                        + " [" + cell.getCellStyle().getDataFormatString() + "]");
            }
        }
        return cells;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
    }

    /** The long-format prices below the "Date | Ticker | Close" header, by ticker and date. */
    private static Map<String, NavigableMap<LocalDate, Double>> closes(Sheet prices) {
        Map<String, NavigableMap<LocalDate, Double>> closes = new TreeMap<>();
        boolean belowHeader = false;
        for (Row row : prices) {
            if (belowHeader) {
                closes.computeIfAbsent(text(row.getCell(1)), t -> new TreeMap<>())
                        .put(row.getCell(0).getLocalDateTimeCellValue().toLocalDate(),
                                row.getCell(2).getNumericCellValue());
            }
            belowHeader |= "Date".equals(text(row.getCell(0)));
        }
        return closes;
    }
}
