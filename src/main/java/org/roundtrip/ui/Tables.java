package org.roundtrip.ui;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.RowFilter;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import java.util.List;
import java.util.function.Function;

/** Read-only, sortable tables built from a list of rows and one function per column. */
final class Tables {

    private Tables() {
    }

    /** A column: its header and how to read a row's value. */
    record Column<T>(String header, Class<?> type, Function<T, Object> value) {
    }

    static final class ListModel<T> extends AbstractTableModel {
        private final List<Column<T>> columns;
        private List<T> rows = List.of();

        ListModel(List<Column<T>> columns) {
            this.columns = columns;
        }

        void setRows(List<T> rows) {
            this.rows = List.copyOf(rows);
            fireTableDataChanged();
        }

        T row(int i) {
            return rows.get(i);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int c) {
            return columns.get(c).header();
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return columns.get(c).type();
        }

        @Override
        public Object getValueAt(int r, int c) {
            return columns.get(c).value().apply(rows.get(r));
        }
    }

    static <T> JTable table(ListModel<T> model) {
        JTable table = new JTable(model);
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.setRowHeight(Math.max(table.getRowHeight(), 22));
        // figures line up on their last digit, as in a spreadsheet
        javax.swing.table.DefaultTableCellRenderer right = new javax.swing.table.DefaultTableCellRenderer();
        right.setHorizontalAlignment(javax.swing.SwingConstants.RIGHT);
        table.setDefaultRenderer(Figures.Usd.class, right);
        table.setDefaultRenderer(Figures.Percent.class, right);
        return table;
    }

    /** Preferred column widths in pixels, in column order; the table still fills its width. */
    static JTable widths(JTable table, int... widths) {
        for (int c = 0; c < widths.length && c < table.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        return table;
    }

    static JScrollPane scroll(JTable table) {
        return new TableScrollPane(table);
    }

    /** Shows only rows with a cell containing the text (case-insensitive). */
    static void filter(JTable table, String text) {
        @SuppressWarnings("unchecked")
        TableRowSorter<javax.swing.table.TableModel> sorter =
                (TableRowSorter<javax.swing.table.TableModel>) table.getRowSorter();
        if (text == null || text.isBlank()) {
            sorter.setRowFilter(null);
        } else {
            sorter.setRowFilter(RowFilter.regexFilter("(?i)" + java.util.regex.Pattern.quote(text.trim())));
        }
    }
}
