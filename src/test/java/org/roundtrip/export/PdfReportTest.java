package org.roundtrip.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportTest {

    @TempDir
    Path dir;

    @Test
    void oneVectorPagePerChartWithItsTitleAsText() throws Exception {
        List<PresentedChart> charts = Sample.charts(ChartTheme.LIGHT, "ratios", "cycles", "coverage");
        Path file = dir.resolve("report.pdf");
        PdfReport.write(charts.stream().map(PresentedChart::chart).toList(), 960, 540, "Sample", file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(960f);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).contains("Commitments against revenue").contains("Meta");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            // tick labels, bar labels and the list under the chart are text too, not only the title
            assertThat(stripper.getText(pdf)).contains("Money that comes back").contains("40 bn").contains("35 bn")
                    .contains("AMD → OpenAI → AMD");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Sample");
        }
    }

    @Test
    void fontsAreEmbeddedWhenDejaVuIsInstalled() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(PdfReport.DEJAVU.resolve("DejaVuSans.ttf")),
                "DejaVu Sans is not installed");
        Path file = dir.resolve("ratios.pdf");
        PdfReport.write(List.of(Sample.charts(ChartTheme.DARK, "ratios").get(0).chart()), 960, 540, null, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<PDFont> fonts = fonts(pdf.getPage(0).getResources());
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allMatch(PDFont::isEmbedded);
            assertThat(fonts).anyMatch(f -> f.getName().contains("DejaVuSans"));
        }
    }

    /** Fonts of a page, looking inside the form XObjects pdfbox-graphics2d draws into. */
    private static List<PDFont> fonts(PDResources resources) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && form.getResources() != null) {
                fonts.addAll(fonts(form.getResources()));
            }
        }
        return fonts;
    }
}
