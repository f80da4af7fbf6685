package org.roundtrip.charts;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYAnnotationEntity;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.PriceSeries;
import org.roundtrip.model.RevenuePeriod;
import org.roundtrip.model.SourceRef;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a dataset of hundreds of companies and thousands of deals, the charts that would otherwise
 * draw one mark per company, deal or reaction (unreadable, and slow enough to freeze the window
 * on 100,000 deals) draw the largest ones and say so in a note under the title; the sample is
 * drawn whole, with no note.
 */
class LargeDatasetChartsTest {

    private static ChartCatalog large;
    private static ChartCatalog sample;

    @BeforeAll
    static void build() {
        large = new ChartCatalog(generated(6_000, 300), AnalysisOptions.defaults(), ChartCatalog.Choices.defaults());
        sample = new ChartCatalog(Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset(), AnalysisOptions.defaults(), ChartCatalog.Choices.defaults());
    }

    @Test
    void theNetworkAggregatesBeyondItsCompaniesIntoOneDiscThatIsNoCompanyToClick() {
        JFreeChart chart = large.create("network", ChartTheme.LIGHT).chart();
        // one data point per disc: the largest companies and "Others (…)"
        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(MoneyFlowNetworkChart.MAX_COMPANIES);
        List<String> notes = ChartNote.of(chart);
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("The 23 companies with the largest flows of 300 shown")
                .contains("the other 277 are one disc, \"Others (277)\""));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("The ")
                .contains("largest flows of").endsWith("drawn"));
        List<String> clickable = companyLinks(chart);
        assertThat(clickable).hasSize(MoneyFlowNetworkChart.MAX_COMPANIES - 1)
                .noneMatch(link -> link.contains("Others"));
    }

    @Test
    void theTimelineShowsTheLargestPayersAndSumsTheSmallerCounterparties() {
        JFreeChart chart = large.create("timeline", ChartTheme.LIGHT).chart();
        CategoryDataset bars = chart.getCategoryPlot().getDataset();
        assertThat(bars.getColumnCount()).isEqualTo(OutflowTimelineChart.MAX_PAYERS);
        assertThat(bars.getRowCount()).isEqualTo(OutflowTimelineChart.MAX_COUNTERPARTIES);
        assertThat(bars.getRowKey(bars.getRowCount() - 1).toString()).startsWith("Other companies (");
        assertThat(ChartNote.of(chart)).anySatisfy(n -> assertThat(n).startsWith("The 20 largest payers of "));
        // the summed rest has its own colour, never one of those that name companies
        var renderer = (org.jfree.chart.renderer.AbstractRenderer) chart.getCategoryPlot().getRenderer();
        assertThat(renderer.lookupSeriesPaint(bars.getRowCount() - 1)).isEqualTo(ChartTheme.LIGHT.rest());
        for (int r = 0; r < bars.getRowCount() - 1; r++) {
            assertThat(renderer.lookupSeriesPaint(r)).isNotEqualTo(ChartTheme.LIGHT.rest())
                    .isIn((Object[]) ChartTheme.SERIES);
        }
    }

    @Test
    void theEventStudyShowsTheLargestAbnormalMoves() {
        PresentedChart presented = large.create("event-study", ChartTheme.LIGHT);
        CategoryDataset bars = presented.chart().getCategoryPlot().getDataset();
        assertThat(bars.getColumnCount()).isEqualTo(EventStudyChart.MAX_BARS);
        assertThat(ChartNote.of(presented.chart()))
                .anySatisfy(n -> assertThat(n).startsWith("The 40 largest abnormal moves of "));
        // the speaker notes name the largest moves only
        assertThat(presented.keyFigures()).hasSize(ChartCatalog.MAX_KEY_FIGURES);
        assertThat(large.create("reactions", ChartTheme.LIGHT).keyFigures()).hasSize(ChartCatalog.MAX_KEY_FIGURES);
    }

    @Test
    void theReactionsLabelTheLargestMovesOnly() {
        JFreeChart chart = large.create("reactions", ChartTheme.LIGHT).chart();
        assertThat(chart.getXYPlot().getAnnotations()).hasSize(PriceReactionChart.MAX_CALLOUTS);
        assertThat(large.summary().reactions().size()).isGreaterThan(PriceReactionChart.MAX_CALLOUTS);
        assertThat(ChartNote.of(chart)).anySatisfy(n -> assertThat(n).startsWith("The 20 largest of ")
                .endsWith("reactions labelled; every one is in the table"));
        draw(chart);
    }

    @Test
    void theSampleIsDrawnWholeWithNoNote() {
        for (String name : ChartCatalog.NAMES) {
            assertThat(ChartNote.of(sample.create(name, ChartTheme.LIGHT).chart())).as(name).isEmpty();
        }
        CategoryDataset timeline = sample.create("timeline", ChartTheme.LIGHT).chart().getCategoryPlot().getDataset();
        for (int r = 0; r < timeline.getRowCount(); r++) {
            assertThat(timeline.getRowKey(r).toString()).doesNotStartWith("Other companies");
        }
    }

    @Test
    void notesAreInFrenchInAFrenchChart() {
        ChartCatalog french = new ChartCatalog(generated(2_000, 100), AnalysisOptions.defaults(),
                ChartCatalog.Choices.defaults(), Locale.FRENCH);
        assertThat(ChartNote.of(french.create("network", ChartTheme.DARK).chart()))
                .anySatisfy(n -> assertThat(n).startsWith("Les 23 sociétés aux flux les plus importants sur 100"));
    }

    private static List<String> companyLinks(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(1200, 700, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 700), info);
        g.dispose();
        List<String> links = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYAnnotationEntity a && a.getURLText() != null
                    && a.getURLText().startsWith(MoneyFlowNetworkChart.COMPANY_LINK)) {
                links.add(a.getURLText());
            }
        }
        return links;
    }

    private static void draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 960, 540));
        g.dispose();
    }

    /** {@code deals} deals between {@code companies} companies over 2018–2025; the first 20 are listed. */
    static Dataset generated(int deals, int companies) {
        Random random = new Random(7);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2016, 1, 1); d.isBefore(LocalDate.of(2026, 1, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        LocalDate[] dayArray = days.toArray(new LocalDate[0]);
        Map<String, PriceSeries> prices = new HashMap<>();
        prices.put("IDX", new PriceSeries("IDX", dayArray, walk(random, dayArray.length)));
        Map<String, Company> byName = new HashMap<>();
        List<RevenuePeriod> revenues = new ArrayList<>();
        SourceRef origin = new SourceRef("generated", "Deals", 1);
        String[] names = new String[companies];
        for (int i = 0; i < companies; i++) {
            names[i] = String.format(Locale.ROOT, "Company %03d", i);
            if (i < 20) {
                byName.put(names[i], new Company(names[i], List.of(), "T" + i, "IDX"));
                prices.put("T" + i, new PriceSeries("T" + i, dayArray, walk(random, dayArray.length)));
            } else {
                byName.put(names[i], Company.named(names[i]));
            }
            revenues.add(new RevenuePeriod(names[i], LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                    1e8 * (1 + random.nextInt(1000)), RevenuePeriod.REVENUE, origin));
        }
        List<Deal> list = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            int a = (int) (companies * Math.pow(random.nextDouble(), 2));
            int b = random.nextInt(companies - 1);
            b = b >= a ? b + 1 : b;
            LocalDate day = dayArray[500 + random.nextInt(dayArray.length - 510)];
            list.add(new Deal(DealDate.ofDay(day), names[a], names[b], 1e6 * (1 + random.nextInt(10_000)), "", "USD",
                    DealType.values()[random.nextInt(DealType.values().length)], Double.NaN,
                    i % 2 == 0 ? DealStatus.SIGNED : DealStatus.ANNOUNCED, "", "", origin));
        }
        return new Dataset(list, revenues, byName, prices, List.of());
    }

    private static double[] walk(Random random, int n) {
        double[] p = new double[n];
        p[0] = 100;
        for (int i = 1; i < n; i++) {
            p[i] = p[i - 1] * Math.exp(random.nextGaussian() * 0.02);
        }
        return p;
    }
}
