package org.roundtrip.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.analysis.Summary;
import org.roundtrip.model.ImportIssue;

import java.util.List;

/** The `summary --json` document of DESIGN.md's contract. */
final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private SummaryJson() {
    }

    static ObjectNode of(Summary s, List<ImportIssue> issues) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("deals", s.deals());
        root.put("counted", s.counted());
        ArrayNode companies = root.putArray("companies");
        for (CompanyFigures c : s.companies()) {
            ObjectNode o = companies.addObject();
            o.put("name", c.name());
            o.put("outgoingUsd", c.outgoingUsd());
            o.put("incomingUsd", c.incomingUsd());
            o.put("annualOutgoingUsd", c.annualOutgoingUsd());
            o.put("annualRevenueUsd", c.annualRevenueUsd());
            o.put("ratio", c.ratio());
            o.put("annualRatio", c.annualRatio());
        }
        ArrayNode cycles = root.putArray("cycles");
        for (Cycle c : s.cycles().cycles()) {
            ObjectNode o = cycles.addObject();
            ArrayNode path = o.putArray("path");
            c.path().forEach(path::add);
            o.put("circulatingUsd", c.circulatingUsd());
        }
        root.put("cyclesTruncated", s.cycles().truncated());
        ArrayNode reactions = root.putArray("reactions");
        for (StockReaction r : s.reactions()) {
            ObjectNode o = reactions.addObject();
            o.put("date", r.date().toString());
            o.put("company", r.company());
            o.put("ticker", r.ticker());
            o.put("return", r.returnFraction());
            o.put("abnormal", r.abnormal());
        }
        ArrayNode warnings = root.putArray("warnings");
        ArrayNode rejected = root.putArray("rejected");
        for (ImportIssue i : issues) {
            ObjectNode o = i.isRejected() ? rejected.addObject() : warnings.addObject();
            o.put("file", i.file());
            o.put("sheet", i.sheet());
            o.put("cell", i.cell());
            if (i.isRejected()) {
                o.put("value", i.value());
                o.put("reason", i.message());
            } else {
                o.put("message", i.message());
            }
        }
        return root;
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }
}
