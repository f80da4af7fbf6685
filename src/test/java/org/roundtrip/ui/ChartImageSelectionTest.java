package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.awt.Image;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edit › Copy chart's clipboard content, without the system clipboard: an image at twice the export size. */
class ChartImageSelectionTest {

    @Test
    void aCopiedChartIsAnImageAtTwiceTheExportSize() throws Exception {
        Dataset sample = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset();
        ViewSnapshot s = ViewSnapshot.compute(sample, DashboardFilter.none(), ViewSnapshot.Choices.defaults(),
                ChartTheme.LIGHT);
        ChartCatalog catalog = ExportAction.catalog(s, ViewSnapshot.Choices.defaults());

        ChartImageSelection copied = ChartImageSelection.of(catalog.create("ratios", ChartTheme.DARK), ChartTheme.DARK);

        assertThat(copied.getTransferDataFlavors()).containsExactly(DataFlavor.imageFlavor);
        assertThat(copied.isDataFlavorSupported(DataFlavor.imageFlavor)).isTrue();
        Image image = (Image) copied.getTransferData(DataFlavor.imageFlavor);
        assertThat(image.getWidth(null)).isEqualTo(1920);
        assertThat(image.getHeight(null)).isEqualTo(1080);
    }

    @Test
    void textIsNotOffered() {
        ChartImageSelection copied = new ChartImageSelection(new java.awt.image.BufferedImage(2, 2,
                java.awt.image.BufferedImage.TYPE_INT_RGB));

        assertThat(copied.isDataFlavorSupported(DataFlavor.stringFlavor)).isFalse();
        assertThatThrownBy(() -> copied.getTransferData(DataFlavor.stringFlavor))
                .isInstanceOf(UnsupportedFlavorException.class);
    }
}
