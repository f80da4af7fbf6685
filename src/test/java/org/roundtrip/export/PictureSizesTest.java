package org.roundtrip.export;

import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.roundtrip.charts.ChartTheme;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PictureSizesTest {

    @Test
    void thePoiWeShipHasTheFieldsSoNoPictureIsDecodedAgain() {
        assertThat(PictureSizes.available()).as("POI's XSLFPictureData still has checksum and origSize").isTrue();
    }

    @Test
    void whatWeTellPoiIsWhatPoiWouldMeasure() throws Exception {
        JFreeChart chart = Sample.charts(ChartTheme.LIGHT, "ratios").get(0).chart();
        byte[] png = ChartImages.pngBytes(chart, 333, 201, 2);  // odd sizes: points are rounded down
        byte[] svg = ChartImages.svgBytes(chart, 333, 201);
        try (XMLSlideShow told = new XMLSlideShow(); XMLSlideShow measured = new XMLSlideShow()) {
            XSLFPictureData toldPng = told.addPicture(png, PictureType.PNG);
            PictureSizes.tell(toldPng, png);
            XSLFPictureData toldSvg = told.addPicture(svg, PictureType.SVG);
            PictureSizes.tell(toldSvg, svg);
            XSLFPictureData poiPng = measured.addPicture(png, PictureType.PNG);
            XSLFPictureData poiSvg = measured.addPicture(svg, PictureType.SVG);

            assertThat(toldPng.getImageDimension()).isEqualTo(poiPng.getImageDimension());
            assertThat(toldPng.getImageDimensionInPixels()).isEqualTo(poiPng.getImageDimensionInPixels());
            assertThat(toldPng.getChecksum()).isEqualTo(poiPng.getChecksum());
            assertThat(toldSvg.getImageDimension()).isEqualTo(poiSvg.getImageDimension());
            assertThat(toldSvg.getChecksum()).isEqualTo(poiSvg.getChecksum());
            // and POI still finds an equal picture by its checksum rather than adding it twice
            assertThat(told.addPicture(png, PictureType.PNG)).isSameAs(toldPng);
        }
    }

    @Test
    void onlyAPngHeaderGivesASize() {
        assertThat(PictureSizes.pngPoints("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(PictureSizes.pngPoints(new byte[8])).isNull();
    }
}
