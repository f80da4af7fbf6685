package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * A line under a chart's title that says what the chart leaves out or sums up on a large dataset
 * ("the 23 companies with the largest flows of 400; the others are one disc"), so that a capped
 * chart never passes for the whole picture.
 */
public final class ChartNote {

    private ChartNote() {
    }

    /** Adds {@code note} under the chart's title, in the theme's subtle text colour. */
    static void add(JFreeChart chart, String note, ChartTheme theme) {
        TextTitle title = new NoteTitle(note);
        title.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 12));
        title.setPaint(theme.subtleText());
        title.setPosition(RectangleEdge.TOP);
        chart.addSubtitle(title);
    }

    /** The notes on {@code chart}, in order; empty when it shows everything. */
    public static List<String> of(JFreeChart chart) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof NoteTitle n) {
                notes.add(n.getText());
            }
        }
        return notes;
    }

    /** A subtitle that is a note, told apart from a legend or a presenter's subtitle. */
    private static final class NoteTitle extends TextTitle {
        private static final long serialVersionUID = 1L;

        NoteTitle(String text) {
            super(text);
        }
    }
}
