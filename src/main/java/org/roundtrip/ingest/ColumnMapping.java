package org.roundtrip.ingest;

import org.roundtrip.ingest.sheet.Field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user's corrections to the columns the importer guessed from the headers, by sheet name, so that
 * the same corrections apply to next month's workbook of the same layout. Only sheets whose header row
 * was recognised can be corrected: the corrections say what a column means, not where the table is.
 *
 * @param bySheet sheet name ("" for a CSV file) → the corrected columns of that sheet, never null
 */
public record ColumnMapping(Map<String, List<Choice>> bySheet) {

    /** No correction: every column as the headers say. */
    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    /**
     * What one column means.
     *
     * @param column 0-based column
     * @param field  the field it holds, or null to leave the column out
     */
    public record Choice(int column, Field field) {
        public Choice {
            if (column < 0) {
                throw new IllegalArgumentException("a column is at least 0, not " + column);
            }
        }
    }

    public ColumnMapping {
        Map<String, List<Choice>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(bySheet, "bySheet").forEach((sheet, choices) -> copy.put(sheet, List.copyOf(choices)));
        bySheet = java.util.Collections.unmodifiableMap(copy);
    }

    /** The corrections of one sheet, empty when none; {@code sheet} null means a CSV file. */
    public List<Choice> forSheet(String sheet) {
        return bySheet.getOrDefault(sheet == null ? "" : sheet, List.of());
    }

    /** This mapping with {@code choice} made in {@code sheet}, replacing an earlier choice for the same column. */
    public ColumnMapping with(String sheet, Choice choice) {
        Map<String, List<Choice>> copy = new LinkedHashMap<>(bySheet);
        String key = sheet == null ? "" : sheet;
        List<Choice> choices = new java.util.ArrayList<>(copy.getOrDefault(key, List.of()));
        choices.removeIf(c -> c.column() == choice.column());
        choices.add(choice);
        copy.put(key, choices);
        return new ColumnMapping(copy);
    }

    public boolean isEmpty() {
        return bySheet.values().stream().allMatch(List::isEmpty);
    }
}
