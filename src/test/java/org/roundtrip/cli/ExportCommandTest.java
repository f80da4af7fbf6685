package org.roundtrip.cli;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    private static final String SAMPLE = Path.of("samples", "ai-circular-financing.xlsx").toString();

    @TempDir
    Path dir;

    @Test
    void madeWhenAskedMakesEachChartOnceOnFirstGet() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        ExportCommand.MadeWhenAsked charts = new ExportCommand.MadeWhenAsked(java.util.List.of("ratios", "cycles"),
                name -> {
                    asked.add(name);
                    return new org.roundtrip.charts.PresentedChart(name, name, "", java.util.List.of(),
                            new org.jfree.chart.JFreeChart(new org.jfree.chart.plot.PiePlot<String>()));
                });
        assertThat(charts).hasSize(2);
        assertThat(asked).isEmpty();
        assertThat(charts.get(1).name()).isEqualTo("cycles");
        assertThat(charts.get(1)).isSameAs(charts.get(1));
        assertThat(charts.get(0).name()).isEqualTo("ratios");
        assertThat(asked).containsExactly("cycles", "ratios");
    }

    @Test
    void deckOfChosenChartsExitsZero() throws Exception {
        Path deck = dir.resolve("deck.pptx");
        SummaryCommandTest.Run r = SummaryCommandTest.run("export", SAMPLE, "--out", deck.toString(),
                "--charts", "ratios,network");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("deck.pptx");
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            assertThat(show.getSlides()).hasSize(1 + 2 + 2);
            assertThat(show.getSlides().get(2).getTitle()).isEqualTo("Who pays whom");
        }
    }

    @Test
    void tablesWorkbookAndFolderOfImages() throws Exception {
        Path tables = dir.resolve("tables.xlsx");
        assertThat(SummaryCommandTest.run("export", SAMPLE, "--out", tables.toString()).status()).isZero();
        try (InputStream in = Files.newInputStream(tables); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("Ratios");
        }
        Path folder = dir.resolve("charts");
        SummaryCommandTest.Run r = SummaryCommandTest.run("export", SAMPLE, "--out", folder.toString(),
                "--charts", "cycles", "--scale", "1", "--theme", "dark");
        assertThat(r.status()).isZero();
        assertThat(folder.resolve("cycles.png")).exists();
        assertThat(folder.resolve("cycles.svg")).exists();
        assertThat(folder.resolve("cycles.pdf")).exists();
    }

    @Test
    void pdfReportExitsZero() {
        Path report = dir.resolve("report.pdf");
        assertThat(SummaryCommandTest.run("export", SAMPLE, "--out", report.toString(), "--charts", "stress")
                .status()).isZero();
        assertThat(report).exists();
    }

    @Test
    void unknownChartIsAUsageError() {
        SummaryCommandTest.Run r = SummaryCommandTest.run("export", SAMPLE, "--out", dir.resolve("d.pptx").toString(),
                "--charts", "ratios,pie");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("pie").contains("ratios, timeline");
        assertThat(dir.resolve("d.pptx")).doesNotExist();
    }

    @Test
    void badScaleAndUnknownExtensionAreUsageErrors() {
        assertThat(SummaryCommandTest.run("export", SAMPLE, "--out", dir.toString(), "--scale", "5").status())
                .isEqualTo(2);
        assertThat(SummaryCommandTest.run("export", SAMPLE, "--out", dir.toString(), "--scale", "x").status())
                .isEqualTo(2);
        SummaryCommandTest.Run r = SummaryCommandTest.run("export", SAMPLE, "--out", dir.resolve("deck.key").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(".key");
        assertThat(SummaryCommandTest.run("export", SAMPLE).status()).as("--out is required").isEqualTo(2);
        assertThat(SummaryCommandTest.run("export", SAMPLE, "--out", dir.resolve("t.xlsx").toString(),
                "--template", SAMPLE).status()).as("a template is for decks").isEqualTo(2);
    }

    @Test
    void nothingReadableExitsOneWithOneLine() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");
        SummaryCommandTest.Run r = SummaryCommandTest.run("export", broken.toString(), "--out",
                dir.resolve("deck.pptx").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("broken.xlsx"));
        assertThat(dir.resolve("deck.pptx")).doesNotExist();
    }

    @Test
    void unwritableOutputExitsOneWithoutStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        // a folder cannot be created under a file
        SummaryCommandTest.Run r = SummaryCommandTest.run("export", SAMPLE, "--out",
                file.resolve("deck.pptx").toString(), "--charts", "ratios");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("cannot write").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingTemplateExitsOne() {
        SummaryCommandTest.Run r = SummaryCommandTest.run("export", SAMPLE, "--out", dir.resolve("d.pptx").toString(),
                "--template", dir.resolve("nope.potx").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("nope.potx");
    }
}
