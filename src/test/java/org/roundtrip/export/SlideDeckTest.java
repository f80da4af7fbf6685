package org.roundtrip.export;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;

import java.awt.Dimension;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlideDeckTest {

    @TempDir
    Path dir;

    @Test
    void deckHasATitleSlideOneSlidePerChartAndTwoTables() throws Exception {
        List<PresentedChart> charts = Sample.charts(ChartTheme.LIGHT);
        Path file = dir.resolve("deck.pptx");
        SlideDeck.write(charts, Sample.catalog().summary(), Sample.COVER, null, file);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getPageSize()).isEqualTo(new Dimension(960, 540));
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(slides).hasSize(1 + charts.size() + 2);
            assertThat(text(slides.get(0))).contains("ai-circular-financing", "signed and announced deals", "2026-03-01");
            for (int i = 0; i < charts.size(); i++) {
                XSLFSlide slide = slides.get(i + 1);
                PresentedChart chart = charts.get(i);
                assertThat(slide.getTitle()).isEqualTo(chart.title());
                assertThat(text(slide)).contains(chart.takeaway()).contains("Source: ai-circular-financing.xlsx");
                XSLFPictureShape picture = pictures(slide).get(0);
                assertThat(picture.getPictureData().getType()).isEqualTo(PictureData.PictureType.PNG);
                assertThat(picture.getSvgImage()).isNotNull();
                assertThat(picture.getSvgImage().getType()).isEqualTo(PictureData.PictureType.SVG);
                // the PNG fallback is twice the picture's size in points
                assertThat(picture.getPictureData().getImageDimensionInPixels().getWidth())
                        .isEqualTo(picture.getAnchor().getWidth() * 2, org.assertj.core.data.Offset.offset(1.0));
                assertThat(notes(deck, slide)).contains(chart.takeaway());
            }
            assertThat(text(slides.get(0))).doesNotContain("Click to");
            XSLFSlide cycles = slides.get(slides.size() - 2);
            assertThat(cycles.getTitle()).startsWith("Cycles");
            XSLFTable table = tables(cycles).get(0);
            assertThat(table.getCell(1, 1).getText()).isEqualTo("Nvidia → OpenAI → Oracle → Nvidia");
            assertThat(table.getCell(1, 3).getText()).isEqualTo("40 bn USD");
            XSLFSlide ratios = slides.get(slides.size() - 1);
            assertThat(ratios.getTitle()).startsWith("Largest commitments");
            assertThat(tables(ratios).get(0).getCell(1, 0).getText()).isEqualTo("OpenAI");
            assertThat(tables(ratios).get(0).getCell(1, 4).getText()).isEqualTo("36×");
        }
    }

    @Test
    void aDeckStartedWhileTheWorkbooksAreReadIsTheSameDeck() throws Exception {
        Path once = dir.resolve("once.pptx");
        SlideDeck.write(Sample.charts(ChartTheme.LIGHT), Sample.catalog().summary(), Sample.COVER, null, once);
        Path started = dir.resolve("started.pptx");
        try (SlideDeck.Started deck = SlideDeck.start(Sample.COVER, null)) {
            SlideDeck.write(Sample.charts(ChartTheme.LIGHT), Sample.catalog().summary(), deck, started);
        }
        Map<String, byte[]> a = parts(once);
        Map<String, byte[]> b = parts(started);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String name : a.keySet()) {
            if (!name.equals("docProps/core.xml")) {  // it has the time the deck was made
                assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
            }
        }
    }

    @Test
    void chartsMadeOnlyWhenTheDeckAsksForThemGiveTheSameDeck() throws Exception {
        Path eager = dir.resolve("eager.pptx");
        SlideDeck.write(Sample.charts(ChartTheme.LIGHT), Sample.catalog().summary(), Sample.COVER, null, eager);
        org.roundtrip.charts.ChartCatalog catalog = Sample.catalog();
        Thread caller = Thread.currentThread();
        List<String> madeBy = new java.util.concurrent.CopyOnWriteArrayList<>();
        PresentedChart[] made = new PresentedChart[org.roundtrip.charts.ChartCatalog.NAMES.size()];
        List<PresentedChart> lazy = new java.util.AbstractList<>() {
            @Override
            public PresentedChart get(int i) {
                if (made[i] == null) {
                    madeBy.add(Thread.currentThread() == caller ? "caller" : Thread.currentThread().getName());
                    made[i] = catalog.create(org.roundtrip.charts.ChartCatalog.NAMES.get(i), ChartTheme.LIGHT);
                }
                return made[i];
            }

            @Override
            public int size() {
                return made.length;
            }
        };
        Path file = dir.resolve("lazy.pptx");
        SlideDeck.write(lazy, catalog.summary(), Sample.COVER, null, file);
        assertThat(madeBy).as("each chart made once, by the thread that writes the deck")
                .hasSize(made.length).containsOnly("caller");
        Map<String, byte[]> a = parts(eager);
        Map<String, byte[]> b = parts(file);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> {
            if (!name.equals("docProps/core.xml")) {
                assertThat(b.get(name)).as(name).isEqualTo(bytes);
            }
        });
    }

    @Test
    void eachSlideHasItsOwnChartsPicturesWhateverThreadDrewThem() throws Exception {
        List<PresentedChart> charts = Sample.charts(ChartTheme.DARK);
        List<byte[]> expected = new java.util.ArrayList<>();
        for (PresentedChart chart : Sample.charts(ChartTheme.DARK)) {
            chart.chart().setTitle((String) null);
            expected.add(ChartImages.pngBytes(chart.chart(), 888, 400, 2));
        }
        Path file = dir.resolve("deck.pptx");
        SlideDeck.write(charts, Sample.catalog().summary(), Sample.COVER, null, file);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow deck = new XMLSlideShow(in)) {
            for (int i = 0; i < charts.size(); i++) {
                assertThat(pictures(deck.getSlides().get(i + 1)).get(0).getPictureData().getData())
                        .as(charts.get(i).name()).isEqualTo(expected.get(i));
            }
        }
        // the charts keep their own titles once drawn
        assertThat(charts).allSatisfy(c -> assertThat(c.chart().getTitle()).isNotNull());
    }

    @Test
    void aStartedDeckWithAnUnreadableTemplateFailsWhenWritten() throws Exception {
        Path template = Files.writeString(dir.resolve("brand.pptx"), "not a zip");
        Path file = dir.resolve("deck.pptx");
        try (SlideDeck.Started deck = SlideDeck.start(Sample.COVER, template)) {
            assertThatThrownBy(() -> SlideDeck.write(Sample.charts(ChartTheme.LIGHT, "ratios"),
                    Sample.catalog().summary(), deck, file)).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("brand.pptx");
        }
        assertThat(file).doesNotExist();
    }

    private static Map<String, byte[]> parts(Path pptx) throws java.io.IOException {
        Map<String, byte[]> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(pptx.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    @Test
    void templateLendsItsMasterAndLosesItsOwnSlides() throws Exception {
        Path template = dir.resolve("brand.pptx");
        try (XMLSlideShow brand = new XMLSlideShow(); OutputStream out = Files.newOutputStream(template)) {
            brand.setPageSize(new Dimension(960, 540));
            brand.createSlide().createTextBox().setText("An old slide of the template");
            brand.write(out);
        }
        Path file = dir.resolve("deck.pptx");
        SlideDeck.write(Sample.charts(ChartTheme.LIGHT, "ratios"), Sample.catalog().summary(), Sample.COVER, template,
                file);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).hasSize(4);
            assertThat(deck.getSlides().stream().map(SlideDeckTest::text).collect(Collectors.joining()))
                    .doesNotContain("An old slide");
            assertThat(deck.getSlides().get(1).getTitle()).isEqualTo("Commitments against revenue");
        }
    }

    @Test
    void potxTemplateGivesAPresentationNotATemplate() throws Exception {
        Path pptx = dir.resolve("brand.pptx");
        try (XMLSlideShow brand = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
            brand.setPageSize(new Dimension(960, 540));
            brand.write(out);
        }
        Path potx = dir.resolve("brand.potx");
        try (OPCPackage pkg = OPCPackage.open(Files.newInputStream(pptx))) {
            pkg.replaceContentType(XSLFRelation.MAIN.getContentType(),
                    XSLFRelation.PRESENTATIONML_TEMPLATE.getContentType());
            try (OutputStream out = Files.newOutputStream(potx)) {
                pkg.save(out);
            }
        }
        Path file = dir.resolve("deck.pptx");
        SlideDeck.write(Sample.charts(ChartTheme.DARK, "cycles"), Sample.catalog().summary(), Sample.COVER, potx, file);
        try (OPCPackage pkg = OPCPackage.open(Files.newInputStream(file))) {
            assertThat(pkg.getPartsByContentType(XSLFRelation.MAIN.getContentType())).hasSize(1);
            assertThat(pkg.getPartsByContentType(XSLFRelation.PRESENTATIONML_TEMPLATE.getContentType())).isEmpty();
        }
        try (OPCPackage pkg = OPCPackage.open(Files.newInputStream(potx))) {
            assertThat(pkg.getPartsByContentType(XSLFRelation.PRESENTATIONML_TEMPLATE.getContentType()))
                    .as("the template itself is left as it was").hasSize(1);
        }
    }

    @Test
    void aTemplateThatIsNoPresentationIsAnIoError() throws Exception {
        Path template = Files.writeString(dir.resolve("brand.pptx"), "not a zip");
        Path file = dir.resolve("deck.pptx");
        assertThatThrownBy(() -> SlideDeck.write(Sample.charts(ChartTheme.LIGHT, "ratios"), Sample.catalog().summary(),
                Sample.COVER, template, file)).isInstanceOf(java.io.IOException.class).hasMessageContaining("brand.pptx");
        assertThat(file).doesNotExist();
    }

    static String text(XSLFSlide slide) {
        StringBuilder all = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                all.append(t.getText()).append('\n');
            }
        }
        return all.toString();
    }

    private static String notes(XMLSlideShow deck, XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        StringBuilder all = new StringBuilder();
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape t && t.getTextType() == Placeholder.BODY) {
                all.append(t.getText());
            }
        }
        return all.toString();
    }

    private static List<XSLFPictureShape> pictures(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast)
                .toList();
    }

    private static List<XSLFTable> tables(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).toList();
    }
}
