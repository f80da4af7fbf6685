package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Objects;

/**
 * A chart ready to be shown or exported, with what a presenter says about it.
 *
 * @param name       the chart's name on the command line ({@code "ratios"}, {@code "network"}…), never null
 * @param title      the chart's title, never null
 * @param takeaway   one sentence computed from the data ("OpenAI has committed 36× its annual revenue"),
 *                   never null; says so when there is nothing to show
 * @param keyFigures a few lines of figures for speaker notes, never null, may be empty
 * @param chart      the chart itself, already themed, never null
 */
public record PresentedChart(String name, String title, String takeaway, List<String> keyFigures, JFreeChart chart) {

    public PresentedChart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(takeaway, "takeaway");
        Objects.requireNonNull(chart, "chart");
        keyFigures = List.copyOf(keyFigures);
    }
}
