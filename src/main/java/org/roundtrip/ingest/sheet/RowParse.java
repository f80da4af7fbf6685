package org.roundtrip.ingest.sheet;

import org.roundtrip.ingest.cell.DateCandidates;
import org.roundtrip.ingest.read.CellValue;
import org.roundtrip.ingest.read.SheetRow;
import org.roundtrip.model.DealDate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One data row while it is being read: its cells' problems so far, and the dates that wait for
 * their column to decide between day-first and month-first. The row is completed (imported or
 * rejected) once every date is decided, in reading order.
 */
final class RowParse {

    /** A problem found in one cell. */
    record Problem(int column, String value, String message) {
    }

    /** A date cell read as text that may still depend on its column's order. */
    static final class DateSlot {
        final DateColumn column;
        final DateCandidates candidates;
        final String text;
        final Consumer<DealDate> target;

        DateSlot(DateColumn column, DateCandidates candidates, String text, Consumer<DealDate> target) {
            this.column = column;
            this.candidates = candidates;
            this.text = text;
            this.target = target;
        }

        boolean isWaiting() {
            return candidates.exact() == null && !column.isSettled();
        }
    }

    final SheetRow row;
    final List<Problem> rejected = new ArrayList<>(2);
    final List<Problem> warnings = new ArrayList<>(2);
    final List<DateSlot> dates = new ArrayList<>(2);
    /** Kind-specific values gathered while reading the cells. */
    Object values;

    RowParse(SheetRow row) {
        this.row = row;
    }

    void reject(int column, String message) {
        rejected.add(new Problem(column, text(column), message));
    }

    void warn(int column, String message) {
        warnings.add(new Problem(column, text(column), message));
    }

    String text(int column) {
        CellValue v = row.cell(column);
        return v == null ? "" : v.text();
    }

    boolean isWaiting() {
        for (DateSlot d : dates) {
            if (d.isWaiting()) {
                return true;
            }
        }
        return false;
    }
}
