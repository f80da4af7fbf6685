package org.roundtrip.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What an output path asks for, by its extension: a deck, a PDF report, a workbook of tables or a folder. */
public enum ExportTarget {
    /** {@code .pptx}: a slide deck. */
    DECK,
    /** {@code .pdf}: one chart per page. */
    REPORT,
    /** {@code .xlsx}: the analysis tables. */
    TABLES,
    /** An existing folder, or a name without extension: one PNG, SVG and PDF per chart. */
    FOLDER;

    /**
     * The target {@code out} asks for.
     *
     * @throws IllegalArgumentException for an extension Roundtrip does not write, naming the ones it does
     */
    public static ExportTarget of(Path out) {
        if (Files.isDirectory(out)) {
            return FOLDER;
        }
        Path name = out.getFileName();
        String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            return FOLDER;
        }
        return switch (file.substring(dot)) {
            case ".pptx" -> DECK;
            case ".pdf" -> REPORT;
            case ".xlsx" -> TABLES;
            default -> throw new IllegalArgumentException("cannot export to " + file.substring(dot)
                    + " files: use deck.pptx, report.pdf, tables.xlsx or a folder");
        };
    }
}
