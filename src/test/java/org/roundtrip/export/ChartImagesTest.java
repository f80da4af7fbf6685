package org.roundtrip.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartImagesTest {

    @TempDir
    Path dir;

    @Test
    void pngHasTheScaledSize() throws Exception {
        PresentedChart ratios = Sample.charts(ChartTheme.LIGHT, "ratios").get(0);
        Path file = dir.resolve("ratios.png");
        ChartImages.writePng(ratios.chart(), 960, 540, 3, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(2880);
        assertThat(image.getHeight()).isEqualTo(1620);
    }

    @Test
    void scaleOutsideOneToFourIsRefused() {
        PresentedChart ratios = Sample.charts(ChartTheme.LIGHT, "ratios").get(0);
        assertThatThrownBy(() -> ChartImages.png(ratios.chart(), 960, 540, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> ChartImages.png(ratios.chart(), 960, 540, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void svgParsesAndKeepsTextAsText() throws Exception {
        for (PresentedChart chart : Sample.charts(ChartTheme.DARK, "network", "cycles")) {
            byte[] svg = ChartImages.svgBytes(chart.chart(), 960, 540);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // the DTD Batik names is not fetched: the test must not need the network
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 960 540");
            assertThat(doc.getElementsByTagNameNS("*", "text").getLength()).isPositive();
            assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isPositive();
            assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8))
                    .contains(chart.title()).doesNotContain("'Dialog'");
        }
    }

    @Test
    void folderGetsPngSvgAndPdfPerChart() throws Exception {
        List<Path> files = ChartFolder.write(Sample.charts(ChartTheme.LIGHT, "ratios", "stress"), ChartTheme.LIGHT, 1,
                dir.resolve("charts"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("ratios.png", "ratios.svg", "ratios.pdf", "stress.png", "stress.svg", "stress.pdf");
        assertThat(ImageIO.read(files.get(0).toFile()).getWidth()).isEqualTo(960);
    }
}
