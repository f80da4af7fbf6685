package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealType;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts in French from the bundled sample, English untouched, and the two bundles in step. */
class ChartTextTest {

    private static final String NBSP = "\u00a0";
    /** English words that must not survive in a French chart or takeaway. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(revenue|commit\\w*|against|loses|fails?|round|undisclosed|abnormal|moved|must|money|who|whom|"
                    + "every|the|and|of|bn|tn)\\b");

    private static Dataset sample;

    @BeforeAll
    static void importSample() {
        sample = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset();
    }

    static List<String> names() {
        return ChartCatalog.NAMES;
    }

    private static ChartCatalog french() {
        return new ChartCatalog(sample, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults(), Locale.FRENCH);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyChartIsWrittenInFrench(String name) {
        PresentedChart fr = french().create(name, ChartTheme.LIGHT);
        PresentedChart en = new ChartCatalog(sample, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults())
                .create(name, ChartTheme.LIGHT);
        assertThat(fr.title()).isNotBlank().isNotEqualTo(en.title());
        assertThat(fr.takeaway()).isNotBlank().isNotEqualTo(en.takeaway());
        List<String> words = new ArrayList<>(List.of(fr.title(), fr.takeaway()));
        words.addAll(fr.keyFigures());
        words.addAll(chartWords(fr.chart()));
        words.removeIf(java.util.Objects::isNull);  // a plot without a no-data message
        for (String w : words) {
            assertThat(ENGLISH_WORDS.matcher(w).find()).as("English left in %s: %s", name, w).isFalse();
            assertThat(w).as("a decimal point in %s", w).doesNotContainPattern("\\d\\.\\d");
        }
        draw(fr.chart());
    }

    @Test
    void frenchTakeawaysReadAsFrenchFinance() {
        ChartCatalog catalog = french();
        String ratios = catalog.create("ratios", ChartTheme.LIGHT).takeaway();
        assertThat(ratios).startsWith("OpenAI s'est engagé à 36× son chiffre d'affaires annuel")
                .contains("chiffre d'affaires").contains("322" + NBSP + "Md USD").doesNotContain("bn");
        assertThat(catalog.create("ratios", ChartTheme.LIGHT).title()).isEqualTo("Engagements et chiffre d'affaires");
        assertThat(catalog.create("network", ChartTheme.LIGHT).title()).isEqualTo("Qui paie qui");
        assertThat(catalog.create("cycles", ChartTheme.LIGHT).title())
                .isEqualTo("Argent qui revient à son point de départ");
        assertThat(catalog.create("cycles", ChartTheme.LIGHT).takeaway())
                .startsWith("Nvidia → OpenAI → Oracle → Nvidia" + NBSP + ": 40" + NBSP + "Md USD")
                .contains("cycles au total");
        PresentedChart stress = catalog.create("stress", ChartTheme.LIGHT);
        assertThat(stress.title()).isEqualTo("Si OpenAI fait défaut");
        assertThat(stress.takeaway()).startsWith("CoreWeave perd 11× son chiffre d'affaires annuel" + NBSP + "; 2 autres "
                + "sociétés font défaut");
        assertThat(catalog.create("coverage", ChartTheme.LIGHT).takeaway()).isEqualTo(
                "Le chiffre d'affaires de OpenAI doit croître de 48" + NBSP + "% par an pour payer ses engagements "
                        + "d'ici 2030");
        assertThat(catalog.create("coverage", ChartTheme.LIGHT).title()).endsWith("d'ici 2030");
        String timeline = catalog.create("timeline", ChartTheme.LIGHT).takeaway();
        assertThat(timeline).matches("OpenAI doit payer chaque année \\d+(,\\d+)?× son chiffre d'affaires annuel .*");
        // French days: "10 sept. 2025", not "2025-09-10" nor "10 Sep 2025"
        String event = catalog.create("event-study", ChartTheme.LIGHT).takeaway();
        assertThat(event).containsPattern("\\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\\.? 20\\d\\d")
                .contains("rendement anormal").contains("%");
        assertThat(catalog.create("reactions", ChartTheme.LIGHT).takeaway()).doesNotContainPattern("20\\d\\d-\\d\\d");
    }

    @Test
    void englishIsAsItWas() {
        ChartCatalog catalog = new ChartCatalog(sample, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults());
        assertThat(catalog.create("ratios", ChartTheme.LIGHT).takeaway()).startsWith("OpenAI has committed 36×")
                .contains(" bn USD against ");
        assertThat(catalog.create("coverage", ChartTheme.LIGHT).takeaway())
                .isEqualTo("OpenAI's revenue must grow 48% a year to pay its commitments by 2030");
        assertThat(catalog.create("coverage", ChartTheme.LIGHT).title())
                .isEqualTo("Growth needed to pay the commitments by 2030");
        assertThat(catalog.create("stress", ChartTheme.LIGHT).takeaway())
                .startsWith("CoreWeave loses 11× its annual revenue; 2 more companies fail in 1 round");
        assertThat(catalog.create("network", ChartTheme.LIGHT).title()).isEqualTo("Who pays whom");
        assertThat(catalog.create("cycles", ChartTheme.LIGHT).takeaway()).endsWith("cycles in all");
        assertThat(catalog.create("network", ChartTheme.LIGHT).keyFigures().get(0))
                .matches(".+ → .+: [\\d.]+ bn USD \\([a-z ]+, \\d{4}-\\d\\d-\\d\\d\\)");
        // a locale without a bundle of its own is English; so is English on a French desktop
        ChartCatalog german = new ChartCatalog(sample, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults(),
                Locale.GERMANY);
        assertThat(german.create("ratios", ChartTheme.LIGHT).takeaway())
                .isEqualTo(catalog.create("ratios", ChartTheme.LIGHT).takeaway());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(ChartText.of(Locale.ENGLISH).text("network.title")).isEqualTo("Who pays whom");
            assertThat(ChartText.of(Locale.CANADA_FRENCH).text("network.title")).isEqualTo("Qui paie qui");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(ChartCatalog.Choices.defaults().locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void frenchFiguresUseACommaAndMd() {
        ChartText fr = ChartText.FRENCH;
        assertThat(fr.usd(3.22e11)).isEqualTo("322" + NBSP + "Md USD");
        assertThat(fr.usd(4.0e10)).isEqualTo("40" + NBSP + "Md USD");
        assertThat(fr.number(1.9e9)).isEqualTo("1,9" + NBSP + "Md");
        assertThat(fr.number(8.7e8)).isEqualTo("870" + NBSP + "M");
        assertThat(fr.number(1.2e12)).isEqualTo("1200" + NBSP + "Md");
        assertThat(fr.number(123_456)).isEqualTo("123" + NBSP + "456");
        assertThat(fr.times(35.78)).isEqualTo("36×");
        assertThat(fr.times(7.16)).isEqualTo("7,2×");
        assertThat(fr.signedPercent(0.359)).isEqualTo("+35,9" + NBSP + "%");
        assertThat(fr.percent(0.48)).isEqualTo("48" + NBSP + "%");
        assertThat(fr.date(LocalDate.of(2025, 10, 6))).isEqualTo("6 oct. 2025");
        assertThat(fr.day(LocalDate.of(2025, 9, 10))).isEqualTo("10 sept. 2025");
        assertThat(fr.percentFormat(true).format(0.48)).isEqualTo("+48" + NBSP + "%");
        assertThat(fr.decimalFormat("0.#'×'").format(2.5)).isEqualTo("2,5×");
        ChartText en = ChartText.ENGLISH;
        assertThat(en.usd(3.22e11)).isEqualTo("322 bn USD");
        assertThat(en.times(7.16)).isEqualTo("7.2×");
        assertThat(en.signedPercent(0.359)).isEqualTo("+35.9%");
        assertThat(en.date(LocalDate.of(2025, 10, 6))).isEqualTo("6 Oct 2025");
        assertThat(en.day(LocalDate.of(2025, 9, 10))).isEqualTo("2025-09-10");
        assertThat(en.percentFormat(true).format(0.48)).isEqualTo("+48%");
        // an argument is written as is, never as MessageFormat's grouped number
        assertThat(en.text("coverage.title", 2030)).isEqualTo("Growth needed to pay the commitments by 2030");
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryDealType() throws IOException {
        Properties en = load("chart-text.properties");
        Properties fr = load("chart-text_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (DealType type : DealType.values()) {
            assertThat(en.getProperty("dealType." + type.name())).isEqualTo(type.label());
            assertThat(ChartText.FRENCH.dealType(type)).isNotBlank();
        }
        for (String key : fr.stringPropertyNames()) {
            // an apostrophe alone would swallow the rest of a MessageFormat pattern
            assertThat(fr.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
            assertThat(en.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
            assertThat(ChartText.FRENCH.text(key, "a", "b", "c", "d", "e", "f", "g")).as(key).doesNotContain("''");
        }
    }

    /** Two French charts as PNG in target/chart-previews, to look at for clipped or overlapping text. */
    @Test
    void frenchChartsDrawToPng() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "chart-previews"));
        ChartCatalog catalog = french();
        for (String name : ChartCatalog.NAMES) {
            BufferedImage image = draw(catalog.create(name, ChartTheme.LIGHT).chart());
            ImageIO.write(image, "png", out.resolve(name + "-fr.png").toFile());
            assertThat(image.getRGB(5, 5)).isEqualTo(ChartTheme.LIGHT.background().getRGB());
        }
    }

    @Test
    void anEmptyDatasetSaysSoInFrench() {
        ChartCatalog catalog = new ChartCatalog(Dataset.empty(), AnalysisOptions.defaults(),
                new ChartCatalog.Choices(null, 2030, Map.of(), Locale.FRENCH));
        for (String name : ChartCatalog.NAMES) {
            PresentedChart chart = catalog.create(name, ChartTheme.DARK);
            assertThat(ENGLISH_WORDS.matcher(chart.takeaway()).find()).as(chart.takeaway()).isFalse();
            draw(chart.chart());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ChartText.class.getResourceAsStream(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    /** The chart's title, axis labels, legend entries, series names and no-data message. */
    private static List<String> chartWords(JFreeChart chart) {
        List<String> words = new ArrayList<>();
        words.add(chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                words.add(t.getText());
            }
        }
        if (chart.getPlot() instanceof CategoryPlot p) {
            addIfSet(words, p.getDomainAxis().getLabel());
            addIfSet(words, p.getRangeAxis().getLabel());
            words.add(p.getNoDataMessage());
            for (int i = 0; i < p.getLegendItems().getItemCount(); i++) {
                words.add(p.getLegendItems().get(i).getLabel());
            }
        } else if (chart.getPlot() instanceof XYPlot p) {
            addIfSet(words, p.getDomainAxis().getLabel());
            addIfSet(words, p.getRangeAxis().getLabel());
            words.add(p.getNoDataMessage());
            for (int i = 0; i < p.getLegendItems().getItemCount(); i++) {
                LegendItem item = p.getLegendItems().get(i);
                if (!item.getLabel().matches("[A-Z]+")) {  // tickers stay tickers
                    words.add(item.getLabel());
                }
            }
        }
        return words;
    }

    private static void addIfSet(List<String> words, String label) {
        if (label != null) {
            words.add(label);
        }
    }

    private static BufferedImage draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, 960, 540));
        g.dispose();
        return image;
    }
}
