package org.roundtrip.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.CycleSearchResult;
import org.roundtrip.analysis.Summary;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.model.ImportIssue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void everyTableIsASheetWithABoldFrozenHeader() throws Exception {
        ChartCatalog catalog = Sample.catalog();
        Path file = dir.resolve("tables.xlsx");
        TableWorkbook.write(catalog.summary(), catalog.eventStudy(), Sample.DATASET.issues(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                Sheet sheet = book.getSheetAt(i);
                assertThat(sheet.getSheetName()).isEqualTo(TableWorkbook.SHEETS.get(i));
                Cell first = sheet.getRow(0).getCell(0);
                assertThat(book.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            }
            Sheet ratios = book.getSheet("Ratios");
            Row openai = find(ratios, "OpenAI");
            assertThat(openai.getCell(1).getNumericCellValue()).isEqualTo(3.22e11);
            assertThat(openai.getCell(1).getCellStyle().getDataFormatString()).contains("bn");
            assertThat(openai.getCell(5).getNumericCellValue()).isCloseTo(35.78, org.assertj.core.data.Offset.offset(0.01));
            assertThat(book.getSheet("Cycles").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Nvidia → OpenAI → Oracle → Nvidia");
            assertThat(book.getSheet("Reactions").getLastRowNum()).isEqualTo(7);
            assertThat(book.getSheet("Import issues").getRow(1).getCell(5).getStringCellValue()).contains("replaces");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)",
                "=cmd|' /C calc'!A0");
        List<CompanyFigures> companies = hostile.stream()
                .map(name -> new CompanyFigures(name, 1e9, 0, 1e9, 1e9, 1.0, 1.0)).toList();
        Summary summary = new Summary(0, 0, companies, new CycleSearchResult(List.of(), false), List.of());
        List<ImportIssue> issues = List.of(new ImportIssue(ImportIssue.Severity.REJECTED, "deals.xlsx", "Deals", "D7",
                "=1+1", "not an amount", new ImportIssue.Order(0, 0, 6, 3)));
        Path file = dir.resolve("tables.xlsx");
        TableWorkbook.write(summary, List.of(), issues, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet ratios = book.getSheet("Ratios");
            for (int r = 1; r <= hostile.size(); r++) {
                Cell name = ratios.getRow(r).getCell(0);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(hostile.get(r - 1));
                assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            }
            Cell value = book.getSheet("Import issues").getRow(1).getCell(4);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo("=1+1");
        }
        // and no formula element anywhere in the sheets' XML
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    assertThat(new String(zip.getInputStream(entry).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<f>").doesNotContain("<f ");
                }
            }
        }
    }

    @Test
    void ordinaryTextIsNotQuoted() {
        assertThat(TableWorkbook.looksLikeFormula("OpenAI")).isFalse();
        assertThat(TableWorkbook.looksLikeFormula("")).isFalse();
        assertThat(TableWorkbook.looksLikeFormula("=A1")).isTrue();
        assertThat(TableWorkbook.looksLikeFormula("@A1")).isTrue();
    }

    private static Row find(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(name + " not in " + sheet.getSheetName());
    }
}
