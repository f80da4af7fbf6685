package org.roundtrip.ingest.sheet;

/**
 * Decides, for one column of numeric d/m/y text dates, whether it is written day first or month
 * first: the first value with a part above 12 settles it; values contradicting it are rejected; with
 * none, the sheet's language decides (French: day first), with one warning on the header cell.
 */
final class DateColumn {

    enum Order { DAY_FIRST, MONTH_FIRST }

    private final int column;
    private Order order;
    private Where settledBy;
    private String ambiguousExample;

    DateColumn(int column) {
        this.column = column;
    }

    int column() {
        return column;
    }

    boolean isSettled() {
        return order != null;
    }

    Order order() {
        return order;
    }

    Where settledBy() {
        return settledBy;
    }

    /** A value with only one possible reading settles an unsettled column. */
    void offer(boolean dayFirstPossible, boolean monthFirstPossible, Where where) {
        if (order != null || dayFirstPossible == monthFirstPossible) {
            return;
        }
        order = dayFirstPossible ? Order.DAY_FIRST : Order.MONTH_FIRST;
        settledBy = where;
    }

    void sawAmbiguous(String text) {
        if (ambiguousExample == null) {
            ambiguousExample = text;
        }
    }

    /**
     * Settles the column by the sheet's language when no value did.
     *
     * @return the example of an ambiguous value to warn about, or null when no warning is due
     */
    String settleByDefault(boolean french) {
        if (order != null) {
            return null;
        }
        order = french ? Order.DAY_FIRST : Order.MONTH_FIRST;
        return ambiguousExample;
    }

    static String pattern(Order order) {
        return order == Order.DAY_FIRST ? "dd/mm/yyyy" : "mm/dd/yyyy";
    }
}
