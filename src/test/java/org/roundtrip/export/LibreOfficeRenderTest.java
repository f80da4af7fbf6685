package org.roundtrip.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deck and the tables open in LibreOffice: converted to PDF headless without error, with one
 * page per slide; the slides are also rendered to target/rendered-slides to look at. Needs
 * {@code soffice}: CI installs it and fails here without it; elsewhere the test is skipped.
 */
class LibreOfficeRenderTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeRendersTheDeckAndTheTables() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        }
        assertThat(soffice).as("CI must install LibreOffice (libreoffice-impress, libreoffice-calc)").isPresent();

        ChartCatalog catalog = Sample.catalog();
        Path deck = dir.resolve("deck.pptx");
        Path tables = dir.resolve("tables.xlsx");
        SlideDeck.write(ChartCatalog.NAMES.stream().map(n -> catalog.create(n, ChartTheme.LIGHT)).toList(),
                catalog.summary(), Sample.COVER, null, deck);
        TableWorkbook.write(catalog.summary(), catalog.eventStudy(), Sample.DATASET.issues(), tables);

        Path out = Files.createDirectories(dir.resolve("pdf"));
        // a profile of its own, so a LibreOffice already running on the machine does not take the job
        Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf",
                "--outdir", out.toString(), deck.toString(), tables.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        boolean finished = process.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
        assertThat(finished).as("soffice finishes within 4 minutes; log: %s", log).isTrue();
        assertThat(process.exitValue()).as("soffice exit status; log: %s", log).isZero();

        Path shots = Files.createDirectories(Path.of("target", "rendered-slides"));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("deck.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + ChartCatalog.NAMES.size() + 2);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                        shots.resolve(String.format("slide-%02d.png", page + 1)).toFile());
            }
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("tables.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return List.of(path.split(File.pathSeparator)).stream().map(d -> Path.of(d, program))
                .filter(Files::isExecutable).findFirst();
    }
}
