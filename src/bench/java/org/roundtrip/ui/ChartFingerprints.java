package org.roundtrip.ui;

import org.roundtrip.bench.WindowBenchmarks;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line per figure and per chart of several datasets under the harness's filter changes: the
 * summary, event study, coverage and stress test (hashes of their text), and each chart's title,
 * takeaway, a hash of its key figures and a hash of its pixels drawn at 1280 × 720. Written before
 * and after a change meant to be faster only, the two files must be the same
 * ({@code src/bench/fingerprints.sh REV} compares a revision with this checkout). Usage:
 * {@code ChartFingerprints OUT-FILE}.
 */
public final class ChartFingerprints {

    private ChartFingerprints() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        datasets.put("generated 100,000", WindowBenchmarks.generated(100_000, 400, 42));
        datasets.put("generated 6,000", WindowBenchmarks.generated(6_000, 300, 7));
        datasets.put("generated 300", WindowBenchmarks.generated(300, 20, 3));
        datasets.put("sample", Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset());
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Dataset> data : datasets.entrySet()) {
            boolean small = data.getValue().deals().size() < 1_000;
            String company = data.getKey().equals("sample") ? "OpenAI" : "Company 007";
            for (String change : WindowDriver.filterChanges()) {
                Dataset filtered = WindowDriver.filter(change, company).apply(data.getValue());
                for (Locale locale : small ? List.of(Locale.ENGLISH, Locale.FRENCH) : List.of(Locale.ENGLISH)) {
                    ChartCatalog catalog = new ChartCatalog(filtered, WindowDriver.filter(change, company).options(),
                            ChartCatalog.Choices.defaults(), locale);
                    String key = data.getKey() + " / " + change + " / " + locale;
                    out.append(key).append(" summary ").append(catalog.summary().toString().hashCode()).append('\n');
                    out.append(key).append(" event study ").append(catalog.eventStudy().toString().hashCode())
                            .append(", ").append(catalog.eventStudy().size()).append(" results\n");
                    out.append(key).append(" coverage ").append(String.valueOf(catalog.coverage()).hashCode()).append('\n');
                    out.append(key).append(" stress ").append(String.valueOf(catalog.stress()).hashCode()).append('\n');
                    ChartTheme theme = locale.equals(Locale.FRENCH) ? ChartTheme.DARK : ChartTheme.LIGHT;
                    for (String name : ChartCatalog.NAMES) {
                        PresentedChart chart = catalog.create(name, theme);
                        out.append(key).append(' ').append(name).append(": ").append(chart.title()).append(" | ")
                                .append(chart.takeaway()).append(" | key figures ").append(chart.keyFigures().hashCode())
                                .append(" | pixels ").append(pixels(chart)).append('\n');
                    }
                }
            }
        }
        Files.writeString(Path.of(args[0]), out);
        System.exit(0);
    }

    private static int pixels(PresentedChart chart) {
        BufferedImage image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        chart.chart().draw(g, new Rectangle2D.Double(0, 0, 1280, 720));
        g.dispose();
        return Arrays.hashCode(image.getRGB(0, 0, 1280, 720, null, 0, 1280));
    }
}
