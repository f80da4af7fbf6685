package org.roundtrip.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.roundtrip.analysis.DealChange;
import org.roundtrip.analysis.FieldChange;
import org.roundtrip.analysis.ImportChanges;
import org.roundtrip.analysis.RatioChange;
import org.roundtrip.model.Deal;
import org.roundtrip.workspace.ImportRecord;
import org.roundtrip.workspace.ImportedFile;

/**
 * The {@code changes --json} document (README.md, docs/decisions/0004-workspace-file.md). As in
 * {@code summary --json}: every key always present, null where unknown, amounts in USD, unrounded.
 */
final class ChangesJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChangesJson() {
    }

    /**
     * @param latest   the newest import, or null when the workspace holds none
     * @param previous the import before it, or null when there is none
     * @param message  why nothing was compared, or null when two imports were
     */
    static ObjectNode of(ImportRecord latest, ImportRecord previous, ImportChanges changes, String message) {
        ObjectNode root = NODES.objectNode();
        root.set("latest", importNode(latest));
        root.set("previous", importNode(previous));
        ArrayNode added = root.putArray("added");
        changes.added().forEach(d -> added.add(deal(d)));
        ArrayNode removed = root.putArray("removed");
        changes.removed().forEach(d -> removed.add(deal(d)));
        ArrayNode changed = root.putArray("changed");
        for (DealChange c : changes.changed()) {
            ObjectNode o = changed.addObject();
            o.put("date", c.after().date().toString());
            o.put("payer", c.after().payer());
            o.put("recipient", c.after().recipient());
            ArrayNode fields = o.putArray("fields");
            for (FieldChange f : c.fields()) {
                ObjectNode fo = fields.addObject();
                fo.put("field", f.field());
                fo.set("old", value(f.before()));
                fo.set("new", value(f.after()));
            }
        }
        ArrayNode companies = root.putArray("companies");
        for (RatioChange r : changes.companies()) {
            ObjectNode o = companies.addObject();
            o.put("name", r.company());
            o.put("oldRatio", r.ratioBefore());
            o.put("newRatio", r.ratioAfter());
            o.put("oldAnnualRatio", r.annualRatioBefore());
            o.put("newAnnualRatio", r.annualRatioAfter());
        }
        root.put("message", message);
        return root;
    }

    private static ObjectNode importNode(ImportRecord r) {
        if (r == null) {
            return null;
        }
        ObjectNode o = NODES.objectNode();
        o.put("id", r.id());
        o.put("importedAt", r.importedAt().toString());
        ArrayNode files = o.putArray("files");
        for (ImportedFile f : r.files()) {
            ObjectNode fo = files.addObject();
            fo.put("name", f.name());
            fo.put("sha256", f.sha256());
            fo.put("sizeBytes", f.sizeBytes());
        }
        return o;
    }

    private static ObjectNode deal(Deal d) {
        ObjectNode o = NODES.objectNode();
        o.put("date", d.date().toString());
        o.put("payer", d.payer());
        o.put("recipient", d.recipient());
        o.put("amountUsd", d.isDisclosed() ? d.amountUsd() : null);
        o.put("amountText", d.amountText());
        o.put("currency", d.currency());
        o.put("type", d.type().label());
        o.put("termYears", Double.isNaN(d.termYears()) ? null : d.termYears());
        o.put("status", d.status().label());
        o.put("source", d.source());
        o.put("note", d.note());
        o.put("file", d.origin().file());
        o.put("sheet", d.origin().sheet());
        o.put("row", d.origin().row());
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        return NODES.textNode(v.toString());
    }
}
