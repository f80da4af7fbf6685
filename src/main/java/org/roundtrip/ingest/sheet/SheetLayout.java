package org.roundtrip.ingest.sheet;

import org.roundtrip.ingest.read.CellValue;
import org.roundtrip.ingest.read.MergedRegion;
import org.roundtrip.ingest.read.SheetRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a sheet's table is and what its columns mean: the header row (the first of the top 20 rows
 * that makes a known kind of sheet), the column of each field, and whether the sheet is French.
 *
 * @param kind          what the sheet holds
 * @param headerRow     0-based index of the header row
 * @param firstDataRow  0-based index of the first row below the header block (merged headers may span rows)
 * @param columns       the column of each field found (the leftmost when two match)
 * @param tickerColumns for wide price sheets, ticker by column; empty otherwise
 * @param french        whether the header has more French-only words than English-only ones
 * @param duplicates    header cells that name a field already taken by a column to their left
 */
public record SheetLayout(SheetKind kind, int headerRow, int firstDataRow, Map<Field, Column> columns,
                          Map<Integer, String> tickerColumns, boolean french, List<Column> duplicates) {

    /** Header rows are looked for among a sheet's first rows. */
    public static final int HEADER_SEARCH_ROWS = 20;
    /** Rows below a candidate header examined to recognise a wide price sheet. */
    public static final int WIDE_LOOKAHEAD_ROWS = 500;

    private static final double WIDE_NUMERIC_SHARE = 0.9;
    private static final Pattern NUMBER_TEXT = Pattern.compile("[-+]?[0-9][0-9 \u00a0\u202f.,']*");

    /**
     * A header cell of the table.
     *
     * @param index  0-based column
     * @param header the field it names and its unit hint
     * @param text   the header text as written
     */
    public record Column(int index, HeaderCell header, String text) {
        public Field field() {
            return header.field();
        }
    }

    public boolean has(Field f) {
        return columns.containsKey(f);
    }

    public Column column(Field f) {
        return columns.get(f);
    }

    /**
     * This layout with some columns given another field, or none: the user's correction of the guess.
     * A field given to a column is taken from the column that had it; the sheet's kind is decided again
     * from the fields it now has, as {@link #detect} would.
     *
     * @param fields column → the field it holds, or null to leave the column out
     * @param header the header row, for the columns' header texts and unit hints; may be null
     * @return the corrected layout, or null when the fields no longer make a known kind of sheet
     */
    public SheetLayout withFields(Map<Integer, Field> fields, SheetRow header) {
        Map<Field, Column> changed = new EnumMap<>(Field.class);
        changed.putAll(columns);
        for (Map.Entry<Integer, Field> e : fields.entrySet()) {
            int index = e.getKey();
            changed.values().removeIf(c -> c.index() == index);
            Field field = e.getValue();
            if (field != null) {
                String text = header == null ? "" : header.text(index).trim();
                HeaderCell said = HeaderCell.match(text);
                // the header's unit words still apply when it named this field; otherwise the cells must say
                String hint = said.field() == field ? said.unitHint() : "";
                changed.put(field, new Column(index, new HeaderCell(field, said.word(), hint), text));
            }
        }
        SheetKind newKind = kindOf(changed);
        if (newKind == null && (kind == SheetKind.COMPANIES || kind == SheetKind.RATES || kind == SheetKind.PRICES_WIDE)) {
            newKind = kind;  // kinds recognised by other rules than kindOf keep their kind
        }
        if (newKind == null) {
            return null;
        }
        List<Column> keptDuplicates = duplicates.stream().filter(d -> !fields.containsKey(d.index())).toList();
        return new SheetLayout(newKind, headerRow, firstDataRow, Collections.unmodifiableMap(changed),
                newKind == SheetKind.PRICES_WIDE ? tickerColumns : Map.of(), french, keptDuplicates);
    }

    /**
     * Finds the layout among the buffered first rows of a sheet.
     *
     * @param rows   the sheet's first rows in order (at least the top {@value #HEADER_SEARCH_ROWS}, plus
     *               look-ahead rows for wide price sheets when available); not modified
     * @param merged merged regions known for the sheet
     * @return the layout, or null when the sheet is of no known kind
     */
    public static SheetLayout detect(List<SheetRow> rows, List<MergedRegion> merged) {
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (row.index() >= HEADER_SEARCH_ROWS) {
                break;
            }
            SheetLayout layout = tryRow(rows, i, merged);
            if (layout != null) {
                return layout;
            }
        }
        return null;
    }

    private static SheetLayout tryRow(List<SheetRow> rows, int position, List<MergedRegion> merged) {
        SheetRow row = rows.get(position);
        int depth = 1;
        for (MergedRegion r : merged) {
            if (r.firstRow() == row.index()) {
                depth = Math.max(depth, r.lastRow() - r.firstRow() + 1);
            }
        }
        List<String> texts = headerTexts(rows, position, depth, merged);
        Map<Field, Column> columns = new EnumMap<>(Field.class);
        List<Column> duplicates = new ArrayList<>();
        List<Column> unmatched = new ArrayList<>();
        int french = 0;
        int english = 0;
        for (int c = 0; c < texts.size(); c++) {
            String text = texts.get(c);
            if (text == null || text.isBlank()) {
                continue;
            }
            HeaderCell h = HeaderCell.match(text);
            Column col = new Column(c, h, text.trim());
            if (h.field() == null) {
                unmatched.add(col);
                continue;
            }
            if (columns.containsKey(h.field())) {
                duplicates.add(col);
            } else {
                columns.put(h.field(), col);
            }
            Field.Language lang = Field.language(h.word());
            if (lang == Field.Language.FRENCH) {
                french++;
            } else if (lang == Field.Language.ENGLISH) {
                english++;
            }
        }
        SheetKind kind = kindOf(columns);
        Map<Integer, String> tickers = Map.of();
        if (kind == null && columns.containsKey(Field.DATE)) {
            tickers = wideTickers(rows, position + 1, unmatched);
            if (!tickers.isEmpty()) {
                kind = SheetKind.PRICES_WIDE;
            }
        }
        if (kind == null && columns.containsKey(Field.COMPANY)
                && (columns.containsKey(Field.ALIASES) || columns.containsKey(Field.TICKER)
                    || columns.containsKey(Field.BENCHMARK))
                && !columns.containsKey(Field.AMOUNT) && !columns.containsKey(Field.DATE)
                && !columns.containsKey(Field.CLOSE)) {
            kind = SheetKind.COMPANIES;
        }
        if (kind == null && columns.containsKey(Field.CURRENCY) && columns.containsKey(Field.RATE)) {
            kind = SheetKind.RATES;
        }
        if (kind == null) {
            return null;
        }
        int firstData = row.index() + depth;
        return new SheetLayout(kind, row.index(), firstData, Collections.unmodifiableMap(columns), tickers,
                french > english, List.copyOf(duplicates));
    }

    private static SheetKind kindOf(Map<Field, Column> c) {
        if (c.containsKey(Field.PAYER) && c.containsKey(Field.RECIPIENT) && c.containsKey(Field.DATE)) {
            return SheetKind.DEALS;
        }
        if (c.containsKey(Field.COMPANY) && c.containsKey(Field.AMOUNT)
                && (c.containsKey(Field.PERIOD) || (c.containsKey(Field.START) && c.containsKey(Field.END)))) {
            return SheetKind.REVENUES;
        }
        if (c.containsKey(Field.DATE) && c.containsKey(Field.TICKER) && c.containsKey(Field.CLOSE)) {
            return SheetKind.PRICES_LONG;
        }
        return null;
    }

    /**
     * Header text per column: the header row's own text; where the header spans several rows through
     * merged cells, a sub-header below is added in brackets ("Amount" over "USD bn" → "Amount (USD bn)"),
     * and a column whose header cell is empty takes the sub-header alone.
     */
    private static List<String> headerTexts(List<SheetRow> rows, int position, int depth, List<MergedRegion> merged) {
        SheetRow row = rows.get(position);
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.width(); c++) {
            CellValue v = row.cell(c);
            texts.add(v == null || v.kind() != CellValue.Kind.TEXT ? null : v.text());
        }
        // A header cell merged down from a row above counts as this row's header.
        for (MergedRegion r : merged) {
            if (r.firstRow() < row.index() && r.lastRow() >= row.index()) {
                String top = textAt(rows, r.firstRow(), r.firstColumn());
                if (top != null) {
                    set(texts, r.firstColumn(), top);
                }
            }
        }
        for (int d = 1; d < depth; d++) {
            SheetRow sub = rowAt(rows, row.index() + d);
            if (sub == null) {
                continue;
            }
            for (int c = 0; c < sub.width(); c++) {
                CellValue v = sub.cell(c);
                if (v == null || v.kind() != CellValue.Kind.TEXT || v.text().isBlank()) {
                    continue;
                }
                String top = c < texts.size() ? texts.get(c) : null;
                set(texts, c, top == null || top.isBlank() ? v.text() : top + " (" + v.text().trim() + ")");
            }
        }
        return texts;
    }

    private static void set(List<String> texts, int c, String value) {
        while (texts.size() <= c) {
            texts.add(null);
        }
        texts.set(c, value);
    }

    private static SheetRow rowAt(List<SheetRow> rows, int index) {
        for (SheetRow r : rows) {
            if (r.index() == index) {
                return r;
            }
            if (r.index() > index) {
                return null;
            }
        }
        return null;
    }

    private static String textAt(List<SheetRow> rows, int rowIndex, int column) {
        SheetRow r = rowAt(rows, rowIndex);
        if (r == null) {
            return null;
        }
        CellValue v = r.cell(column);
        return v == null || v.kind() != CellValue.Kind.TEXT ? null : v.text();
    }

    /** Columns with no field word whose non-empty cells below are at least 90 % numbers: each a ticker. */
    private static Map<Integer, String> wideTickers(List<SheetRow> rows, int from, List<Column> candidates) {
        Map<Integer, String> tickers = new java.util.TreeMap<>();
        for (Column col : candidates) {
            int filled = 0;
            int numeric = 0;
            for (int i = from; i < rows.size(); i++) {
                CellValue v = rows.get(i).cell(col.index());
                if (v == null || (v.kind() == CellValue.Kind.TEXT && v.text().isBlank())) {
                    continue;
                }
                filled++;
                if (v.kind() == CellValue.Kind.NUMBER
                        || (v.kind() == CellValue.Kind.TEXT && NUMBER_TEXT.matcher(v.text().trim()).matches())) {
                    numeric++;
                }
            }
            if (filled > 0 && numeric >= WIDE_NUMERIC_SHARE * filled) {
                tickers.put(col.index(), col.text());
            }
        }
        return tickers;
    }
}
