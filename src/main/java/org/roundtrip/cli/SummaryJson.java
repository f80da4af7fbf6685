package org.roundtrip.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.analysis.Summary;
import org.roundtrip.model.ImportIssue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The `summary --json` document of DESIGN.md's contract. */
final class SummaryJson {

    private static final JsonFactory STREAMING = new JsonFactory();

    private SummaryJson() {
    }

    /**
     * The document for a summary, written with Jackson's streaming generator: the same text as the
     * tree model gives, without loading the data-binding machinery (a tenth of a second of class
     * loading on every call).
     */
    static String of(Summary s, List<ImportIssue> issues) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = STREAMING.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("deals", s.deals());
            g.writeNumberField("counted", s.counted());
            g.writeArrayFieldStart("companies");
            for (CompanyFigures c : s.companies()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeNumberField("outgoingUsd", c.outgoingUsd());
                g.writeNumberField("incomingUsd", c.incomingUsd());
                g.writeNumberField("annualOutgoingUsd", c.annualOutgoingUsd());
                number(g, "annualRevenueUsd", c.annualRevenueUsd());
                number(g, "ratio", c.ratio());
                number(g, "annualRatio", c.annualRatio());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cycles");
            for (Cycle c : s.cycles().cycles()) {
                g.writeStartObject();
                g.writeArrayFieldStart("path");
                for (String company : c.path()) {
                    g.writeString(company);
                }
                g.writeEndArray();
                number(g, "circulatingUsd", c.circulatingUsd());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeBooleanField("cyclesTruncated", s.cycles().truncated());
            g.writeArrayFieldStart("reactions");
            for (StockReaction r : s.reactions()) {
                g.writeStartObject();
                g.writeStringField("date", r.date().toString());
                g.writeStringField("company", r.company());
                g.writeStringField("ticker", r.ticker());
                g.writeNumberField("return", r.returnFraction());
                number(g, "abnormal", r.abnormal());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (ImportIssue i : issues) {
                if (!i.isRejected()) {
                    g.writeStartObject();
                    g.writeStringField("file", i.file());
                    g.writeStringField("sheet", i.sheet());
                    g.writeStringField("cell", i.cell());
                    g.writeStringField("message", i.message());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            for (ImportIssue i : issues) {
                if (i.isRejected()) {
                    g.writeStartObject();
                    g.writeStringField("file", i.file());
                    g.writeStringField("sheet", i.sheet());
                    g.writeStringField("cell", i.cell());
                    g.writeStringField("value", i.value());
                    g.writeStringField("reason", i.message());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("JSON could not be written", e);
        }
        return text.toString();
    }

    /** A number that may be absent: JSON null then, as the contract says. */
    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    /** A tree (the {@code changes} document) as text. */
    static String write(ObjectNode node) {
        try {
            return new ObjectMapper().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }
}
