package org.roundtrip.export;

import org.junit.jupiter.api.Test;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PngEncoderTest {

    @Test
    void everyChartOfTheSampleIsTheFileImageIoWrites() throws IOException {
        for (ChartTheme theme : ChartTheme.values()) {
            for (PresentedChart chart : Sample.charts(theme)) {
                for (int scale : new int[] {1, 2}) {
                    BufferedImage image = ChartImages.png(chart.chart(), 888, 400, scale);
                    assertThat(PngEncoder.canEncode(image)).isTrue();
                    assertThat(ours(image)).as(chart.name() + " " + theme + " ×" + scale).isEqualTo(imageIo(image));
                }
            }
        }
    }

    @Test
    void noiseTinyAndOddSizesToo() throws IOException {
        Random random = new Random(8);
        for (int[] size : new int[][] {{1, 1}, {3, 2}, {257, 129}, {1000, 700}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_3BYTE_BGR);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    // half noise (many IDAT chunks), half flat colour
                    image.setRGB(x, y, y % 2 == 0 ? random.nextInt(1 << 24) : 0x0072B2);
                }
            }
            assertThat(ours(image)).as(size[0] + "×" + size[1]).isEqualTo(imageIo(image));
        }
    }

    @Test
    void theFileReadsBackAsTheSamePixels() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x12, 0x34, 0x56));
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.ORANGE);
        g.drawLine(0, 0, 39, 29);
        g.dispose();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(ours(image)));
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void otherImagesAreLeftToImageIo() throws IOException {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        BufferedImage part = new BufferedImage(20, 20, BufferedImage.TYPE_3BYTE_BGR).getSubimage(5, 5, 10, 10);
        assertThat(PngEncoder.canEncode(argb)).isFalse();
        assertThat(PngEncoder.canEncode(part)).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartImages.encodePng(part, out);
        assertThat(out.toByteArray()).isEqualTo(imageIo(part));
    }

    private static byte[] ours(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartImages.encodePng(image, out);
        return out.toByteArray();
    }

    private static byte[] imageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartImages.encodePngWithImageIo(image, out);
        return out.toByteArray();
    }
}
