package org.roundtrip.ui;

import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.export.ChartFolder;
import org.roundtrip.export.ChartImages;

import java.awt.Image;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.util.Objects;

/**
 * A chart on the clipboard, as an image: what Edit › Copy chart puts there for pasting into a slide
 * or a document. Only {@link DataFlavor#imageFlavor} is offered; every office program takes it.
 */
final class ChartImageSelection implements Transferable {

    /** Copies are drawn at twice the export size, sharp on a projector: 1920 × 1080 pixels. */
    static final int SCALE = 2;

    private final Image image;

    ChartImageSelection(Image image) {
        this.image = Objects.requireNonNull(image, "image");
    }

    /**
     * The chart drawn at 960 × 540 with its takeaway under the title, at {@link #SCALE}; slow for a large
     * network, so never on the event thread. Changes the presented chart's own chart (adds the takeaway).
     */
    static ChartImageSelection of(PresentedChart chart, ChartTheme theme) {
        return new ChartImageSelection(ChartImages.png(ChartFolder.withTakeaway(chart, theme), ChartImages.WIDTH,
                ChartImages.HEIGHT, SCALE));
    }

    Image image() {
        return image;
    }

    @Override
    public DataFlavor[] getTransferDataFlavors() {
        return new DataFlavor[] {DataFlavor.imageFlavor};
    }

    @Override
    public boolean isDataFlavorSupported(DataFlavor flavor) {
        return DataFlavor.imageFlavor.equals(flavor);
    }

    @Override
    public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
        if (!isDataFlavorSupported(flavor)) {
            throw new UnsupportedFlavorException(flavor);
        }
        return image;
    }
}
