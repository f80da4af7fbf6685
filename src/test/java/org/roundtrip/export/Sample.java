package org.roundtrip.export;

import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The bundled sample, imported once, and fresh charts of it for each test (charts are changed by exports). */
final class Sample {

    static final Dataset DATASET = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
            ImportOptions.defaults()).dataset();

    static final DeckCover COVER = new DeckCover("ai-circular-financing", "signed and announced deals",
            "ai-circular-financing.xlsx", LocalDate.of(2026, 3, 1));

    private Sample() {
    }

    static ChartCatalog catalog() {
        return new ChartCatalog(DATASET, AnalysisOptions.defaults(), ChartCatalog.Choices.defaults());
    }

    static List<PresentedChart> charts(ChartTheme theme, String... names) {
        ChartCatalog catalog = catalog();
        List<String> chosen = names.length == 0 ? ChartCatalog.NAMES : List.of(names);
        return chosen.stream().map(n -> catalog.create(n, theme)).toList();
    }
}
