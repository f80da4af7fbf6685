package org.roundtrip.export;

import org.jfree.chart.text.TextUtils;

/**
 * Makes JFreeChart draw rotated and tick-label text with {@code drawString} rather than through a
 * {@code TextLayout}: a layout reaches SVG and PDF graphics as glyph outlines, so axis labels would
 * be shapes that cannot be searched, selected or read by a screen reader. The workaround it replaces
 * was for Java 1.4-era rendering bugs.
 */
final class VectorText {

    static {
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private VectorText() {
    }

    /** Loads the class, which sets JFreeChart's switch once. */
    static void enable() {
        // the static initializer does the work
    }
}
