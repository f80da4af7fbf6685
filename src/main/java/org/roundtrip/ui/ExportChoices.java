package org.roundtrip.ui;

import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.export.ChartImages;
import org.roundtrip.export.ExportTarget;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What File › Export all charts exports, as the dialog shows it and {@link Settings} remembers it.
 *
 * @param charts   chart names to export, a subset of {@link ChartCatalog#NAMES} in its order, never null,
 *                 may be empty (the tables workbook needs no chart)
 * @param format   the kind of file (or folder) to write, never null
 * @param scale    PNG scale for a folder of images, 1 to 4
 * @param dark     draw the charts in the dark theme instead of the light one
 * @param template a .pptx or .potx whose masters the deck uses, or "" for none; never null
 * @param folder   the folder the last export went to, or "" before the first; never null
 */
record ExportChoices(List<String> charts, Format format, int scale, boolean dark, String template, String folder) {

    /** The four things Export all charts writes. */
    enum Format {
        DECK("pptx", ExportTarget.DECK),
        REPORT("pdf", ExportTarget.REPORT),
        TABLES("xlsx", ExportTarget.TABLES),
        FOLDER(null, ExportTarget.FOLDER);

        private final String extension;
        private final ExportTarget target;

        Format(String extension, ExportTarget target) {
            this.extension = extension;
            this.target = target;
        }

        /** The file's extension without the dot, or null for a folder. */
        String extension() {
            return extension;
        }

        ExportTarget target() {
            return target;
        }

        /** Whether the format draws the charts (the tables workbook does not). */
        boolean hasCharts() {
            return this != TABLES;
        }
    }

    ExportChoices {
        Objects.requireNonNull(format, "format");
        charts = List.copyOf(charts);
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(folder, "folder");
    }

    /** Every chart as a light PPTX deck without a template. */
    static ExportChoices defaults() {
        return new ExportChoices(ChartCatalog.NAMES, Format.DECK, 2, false, "", "");
    }

    /**
     * Choices from remembered values, mended: unknown chart names dropped and the rest put in the
     * catalog's order, the scale brought into 1–4.
     */
    static ExportChoices of(List<String> charts, Format format, int scale, boolean dark, String template,
                            String folder) {
        List<String> known = ChartCatalog.NAMES.stream().filter(charts::contains).toList();
        return new ExportChoices(known, format, clampScale(scale), dark, template, folder);
    }

    ChartTheme theme() {
        return dark ? ChartTheme.DARK : ChartTheme.LIGHT;
    }

    ExportChoices withFolder(String newFolder) {
        return new ExportChoices(charts, format, scale, dark, template, newFolder);
    }

    /** The file name offered in the save dialog. */
    String suggestedName() {
        return switch (format) {
            case DECK -> "roundtrip.pptx";
            case REPORT -> "roundtrip.pdf";
            case TABLES -> "roundtrip-tables.xlsx";
            case FOLDER -> "roundtrip-charts";
        };
    }

    static int clampScale(int scale) {
        return Math.max(ChartImages.MIN_SCALE, Math.min(ChartImages.MAX_SCALE, scale));
    }

    /**
     * What File › Export this chart chose last time.
     *
     * @param extension "png", "svg" or "pdf"
     * @param scale     PNG scale, 1 to 4
     * @param dark      draw the chart in the dark theme
     * @param folder    the folder the last export went to, or ""
     */
    record OneChart(String extension, int scale, boolean dark, String folder) {

        static final List<String> EXTENSIONS = List.of("png", "svg", "pdf");

        OneChart {
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(folder, "folder");
        }

        static OneChart defaults() {
            return new OneChart("png", 2, false, "");
        }

        /** Choices from remembered values: an unknown extension becomes png, the scale 1–4. */
        static OneChart of(String extension, int scale, boolean dark, String folder) {
            String ext = extension.toLowerCase(Locale.ROOT);
            return new OneChart(EXTENSIONS.contains(ext) ? ext : "png", clampScale(scale), dark, folder);
        }

        ChartTheme theme() {
            return dark ? ChartTheme.DARK : ChartTheme.LIGHT;
        }
    }
}
