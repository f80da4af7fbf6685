package org.roundtrip.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.roundtrip.ingest.ColumnMapping;
import org.roundtrip.ingest.sheet.Field;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Column mappings saved under a name, so that next month's workbook of the same layout imports in
 * one click. Kept in the user's preferences as JSON: {@code {"Deals": {"3": "AMOUNT", "5": null}}},
 * sheet name → 0-based column → field name, null for a column left out.
 */
final class MappingTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Preferences node;

    MappingTemplates(Preferences node) {
        this.node = node;
    }

    /** The templates of the user's preferences. */
    static MappingTemplates user() {
        return new MappingTemplates(Preferences.userRoot().node("org/roundtrip/templates"));
    }

    static String toJson(ColumnMapping mapping) {
        ObjectNode root = JSON.createObjectNode();
        mapping.bySheet().forEach((sheet, choices) -> {
            ObjectNode columns = root.putObject(sheet);
            choices.forEach(c -> columns.put(String.valueOf(c.column()), c.field() == null ? null : c.field().name()));
        });
        return root.toString();
    }

    /** The mapping written by {@link #toJson}; entries that do not parse are left out, not fatal. */
    static ColumnMapping fromJson(String json) {
        Map<String, List<ColumnMapping.Choice>> bySheet = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> sheets = root.fields(); sheets.hasNext(); ) {
                Map.Entry<String, JsonNode> sheet = sheets.next();
                List<ColumnMapping.Choice> choices = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> cols = sheet.getValue().fields(); cols.hasNext(); ) {
                    Map.Entry<String, JsonNode> col = cols.next();
                    Optional<ColumnMapping.Choice> choice = choice(col.getKey(), col.getValue());
                    choice.ifPresent(choices::add);
                }
                bySheet.put(sheet.getKey(), choices);
            }
        } catch (JsonProcessingException e) {
            return ColumnMapping.NONE;  // a damaged template maps nothing rather than stopping the import
        }
        return new ColumnMapping(bySheet);
    }

    private static Optional<ColumnMapping.Choice> choice(String column, JsonNode field) {
        try {
            int index = Integer.parseInt(column);
            Field f = field == null || field.isNull() ? null : Field.valueOf(field.asText());
            return index < 0 ? Optional.empty() : Optional.of(new ColumnMapping.Choice(index, f));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Saved templates by name, in name order. */
    Map<String, ColumnMapping> all() {
        Map<String, ColumnMapping> templates = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try {
            for (String name : node.keys()) {
                templates.put(name, fromJson(node.get(name, "{}")));
            }
        } catch (BackingStoreException e) {
            return templates;  // preferences unavailable: no template to offer
        }
        return templates;
    }

    void save(String name, ColumnMapping mapping) {
        node.put(name, toJson(mapping));
    }

    /** The template used last, offered first next time. */
    Optional<String> lastUsed() {
        return Optional.ofNullable(node.parent().get("lastTemplate", null)).filter(n -> node.get(n, null) != null);
    }

    void used(String name) {
        node.parent().put("lastTemplate", name);
    }
}
