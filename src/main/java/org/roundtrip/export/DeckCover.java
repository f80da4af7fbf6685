package org.roundtrip.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the title slide and every footnote say about the data.
 *
 * @param datasetName what the deck is about, e.g. the first workbook's name without extension; never null
 * @param options     the filters and options in force, in words ("signed and announced deals; cycles of up
 *                    to 6 companies"), never null
 * @param source      the files the figures come from, for the footnotes, never null
 * @param date        the day of the export, never null
 */
public record DeckCover(String datasetName, String options, String source, LocalDate date) {

    public DeckCover {
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
    }
}
