package org.roundtrip.reliability;

import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.export.ChartFolder;
import org.roundtrip.export.ChartImages;
import org.roundtrip.export.DeckCover;
import org.roundtrip.export.PdfReport;
import org.roundtrip.export.SlideDeck;
import org.roundtrip.export.TableWorkbook;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The child process of {@link ExportKillTest}: imports a workbook once, then exports it forever to
 * the same three files (a deck, a tables workbook, a PDF report), alternating two {@link Variant}s
 * so that consecutive versions of a file differ. Each round starts with the target named by the third
 * argument, so that the parent can aim its kill at any of the three without waiting for the others. Prints {@code ready} when it starts, then for each
 * file {@code begin TARGET VARIANT} before the write and {@code wrote TARGET VARIANT SHA-256} once the
 * file is in place.
 */
public final class ExportLoop {

    /** The files written, in the order of each round. */
    enum Target {
        DECK("deck.pptx"), TABLES("tables.xlsx"), REPORT("report.pdf");

        final String fileName;

        Target(String fileName) {
            this.fileName = fileName;
        }
    }

    /** Two exports that differ in slides, pages and table rows. */
    enum Variant {
        A(List.of("ratios", "timeline"), AnalysisOptions.defaults()),
        B(List.of("network", "reactions", "cycles"), new AnalysisOptions(false, 2, AnalysisOptions.DEFAULT_MAX_CYCLES, null));

        final List<String> charts;
        final AnalysisOptions options;

        Variant(List<String> charts, AnalysisOptions options) {
            this.charts = charts;
            this.options = options;
        }

        ChartCatalog catalog(Dataset dataset) {
            return new ChartCatalog(dataset, options, ChartCatalog.Choices.defaults());
        }
    }

    static final DeckCover COVER = new DeckCover("ai-circular-financing", "kill test",
            "ai-circular-financing.xlsx", LocalDate.of(2026, 1, 1));

    private ExportLoop() {
    }

    /** Arguments: the workbook to import, the folder to write into, the {@link Target} to write first. Runs until killed. */
    public static void main(String[] args) throws IOException {
        Dataset dataset = Importer.importFiles(List.of(Path.of(args[0])), ImportOptions.defaults()).dataset();
        Path folder = Path.of(args[1]);
        int first = Target.valueOf(args[2]).ordinal();
        System.out.println("ready");
        System.out.flush();
        for (int round = 0; ; round++) {
            Variant v = Variant.values()[round % 2];
            ChartCatalog catalog = v.catalog(dataset);
            for (int k = 0; k < Target.values().length; k++) {
                Target t = Target.values()[(first + k) % Target.values().length];
                Path file = folder.resolve(t.fileName);
                System.out.println("begin " + t + " " + v);
                System.out.flush();
                switch (t) {
                    case DECK -> SlideDeck.write(charts(catalog, v), catalog.summary(), COVER, null, file);
                    case TABLES -> TableWorkbook.write(catalog.summary(), catalog.eventStudy(), dataset.issues(), file);
                    // fresh charts: exporting changes a chart (the takeaway is added to it)
                    case REPORT -> PdfReport.write(charts(catalog, v).stream()
                            .map(p -> ChartFolder.withTakeaway(p, ChartTheme.LIGHT)).toList(),
                            ChartImages.WIDTH, ChartImages.HEIGHT, COVER.datasetName(), file);
                }
                System.out.println("wrote " + t + " " + v + " " + sha256(file));
                System.out.flush();
            }
        }
    }

    private static List<PresentedChart> charts(ChartCatalog catalog, Variant v) {
        return v.charts.stream().map(n -> catalog.create(n, ChartTheme.LIGHT)).toList();
    }

    /** The file's SHA-256 in hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream()); // the digest sees the bytes on the way
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
