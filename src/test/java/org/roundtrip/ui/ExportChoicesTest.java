package org.roundtrip.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtrip.charts.ChartCatalog;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The export choices a presenter made come back next time, mended when what was kept no longer fits. */
class ExportChoicesTest {

    private final Preferences node = Preferences.userRoot().node("org/roundtrip-test/export-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void nothingRememberedGivesEveryChartAsALightDeck() {
        ExportChoices c = new Settings(node).exportChoices();

        assertThat(c).isEqualTo(ExportChoices.defaults());
        assertThat(c.charts()).isEqualTo(ChartCatalog.NAMES);
        assertThat(c.format()).isEqualTo(ExportChoices.Format.DECK);
    }

    @Test
    void deckChoicesComeBackAsTheyWereSaved() {
        ExportChoices saved = new ExportChoices(List.of("network", "cycles"), ExportChoices.Format.FOLDER, 3, true,
                "/tmp/brand.potx", "/tmp/exports");
        new Settings(node).exportChoices(saved);

        assertThat(new Settings(node).exportChoices()).isEqualTo(saved);
    }

    @Test
    void noChartTickedStaysNoChart() {
        ExportChoices saved = new ExportChoices(List.of(), ExportChoices.Format.TABLES, 1, false, "", "");
        new Settings(node).exportChoices(saved);

        assertThat(new Settings(node).exportChoices().charts()).isEmpty();
    }

    @Test
    void unknownChartsAndFormatsAndScalesOutOfRangeAreMended() {
        node.put("export.charts", "cycles,gone,ratios");
        node.put("export.format", "GIF");
        node.putInt("export.scale", 9);

        ExportChoices c = new Settings(node).exportChoices();

        assertThat(c.charts()).containsExactly("ratios", "cycles");
        assertThat(c.format()).isEqualTo(ExportChoices.Format.DECK);
        assertThat(c.scale()).isEqualTo(4);
    }

    @Test
    void oneChartsFormatAndScaleComeBack() {
        new Settings(node).chartExportChoices(new ExportChoices.OneChart("svg", 1, true, "/tmp/out"));

        assertThat(new Settings(node).chartExportChoices())
                .isEqualTo(new ExportChoices.OneChart("svg", 1, true, "/tmp/out"));
    }

    @Test
    void oneChartWithAnUnknownExtensionFallsBackToPng() {
        node.put("exportChart.extension", "BMP");
        node.putInt("exportChart.scale", 0);

        ExportChoices.OneChart c = new Settings(node).chartExportChoices();

        assertThat(c.extension()).isEqualTo("png");
        assertThat(c.scale()).isEqualTo(1);
    }
}
