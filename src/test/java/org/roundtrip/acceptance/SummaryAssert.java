package org.roundtrip.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Assertions on the {@code summary --json} object, with expected values written by hand from DESIGN.md.
 * Doubles are compared with a relative tolerance of 1e-9; {@code null} expects a JSON null.
 */
final class SummaryAssert {

    private static final double RELATIVE = 1e-9;

    private SummaryAssert() {
    }

    // ---- numbers ------------------------------------------------------------------------------------

    static void assertNumber(JsonNode node, Double expected, String what) {
        assertThat(node).as("%s is present", what).isNotNull();
        if (expected == null) {
            assertThat(node.isNull()).as("%s should be null but was %s", what, node).isTrue();
            return;
        }
        assertThat(node.isNumber()).as("%s should be the number %s but was %s", what, expected, node).isTrue();
        double tolerance = Math.max(Math.abs(expected) * RELATIVE, 1e-12);
        assertThat(node.asDouble()).as(what).isCloseTo(expected, offset(tolerance));
    }

    static void assertCounts(JsonNode root, int deals, int counted) {
        assertThat(root.get("deals").asInt()).as("deals").isEqualTo(deals);
        assertThat(root.get("counted").asInt()).as("counted").isEqualTo(counted);
    }

    // ---- companies ----------------------------------------------------------------------------------

    /** The figures of one company, in the JSON's order; null where the JSON must say null. */
    record Figures(Double outgoingUsd, Double incomingUsd, Double annualOutgoingUsd, Double annualRevenueUsd,
                   Double ratio, Double annualRatio) {
    }

    static Figures figures(Double outgoingUsd, Double incomingUsd, Double annualOutgoingUsd, Double annualRevenueUsd,
                           Double ratio, Double annualRatio) {
        return new Figures(outgoingUsd, incomingUsd, annualOutgoingUsd, annualRevenueUsd, ratio, annualRatio);
    }

    /** Figures of a company with no revenue: both ratios null. */
    static Figures flows(double outgoingUsd, double incomingUsd, double annualOutgoingUsd) {
        return new Figures(outgoingUsd, incomingUsd, annualOutgoingUsd, null, null, null);
    }

    static void assertCompanyNames(JsonNode root, String... names) {
        List<String> actual = new ArrayList<>();
        root.get("companies").forEach(c -> actual.add(c.get("name").asText()));
        assertThat(actual).as("company names, sorted").containsExactly(names);
    }

    static JsonNode company(JsonNode root, String name) {
        for (JsonNode c : root.get("companies")) {
            if (name.equals(c.get("name").asText())) {
                return c;
            }
        }
        return fail("no company named \"%s\" in %s", name, root.get("companies"));
    }

    static void assertFigures(JsonNode root, String name, Figures expected) {
        JsonNode c = company(root, name);
        assertNumber(c.get("outgoingUsd"), expected.outgoingUsd(), name + ".outgoingUsd");
        assertNumber(c.get("incomingUsd"), expected.incomingUsd(), name + ".incomingUsd");
        assertNumber(c.get("annualOutgoingUsd"), expected.annualOutgoingUsd(), name + ".annualOutgoingUsd");
        assertNumber(c.get("annualRevenueUsd"), expected.annualRevenueUsd(), name + ".annualRevenueUsd");
        assertNumber(c.get("ratio"), expected.ratio(), name + ".ratio");
        assertNumber(c.get("annualRatio"), expected.annualRatio(), name + ".annualRatio");
    }

    // ---- cycles -------------------------------------------------------------------------------------

    record Cycle(Double circulatingUsd, List<String> path) {
    }

    static Cycle cycle(Double circulatingUsd, String... path) {
        return new Cycle(circulatingUsd, List.of(path));
    }

    static void assertCycles(JsonNode root, Cycle... expected) {
        JsonNode cycles = root.get("cycles");
        List<String> actualPaths = new ArrayList<>();
        cycles.forEach(c -> actualPaths.add(c.get("path").toString() + " " + c.get("circulatingUsd")));
        assertThat(cycles.size()).as("number of cycles; got %s", actualPaths).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            JsonNode c = cycles.get(i);
            List<String> path = new ArrayList<>();
            c.get("path").forEach(n -> path.add(n.asText()));
            assertThat(path).as("path of cycle %d; all cycles: %s", i, actualPaths).isEqualTo(expected[i].path());
            assertNumber(c.get("circulatingUsd"), expected[i].circulatingUsd(), "circulatingUsd of cycle " + path);
        }
    }

    static void assertTruncated(JsonNode root, boolean truncated) {
        assertThat(root.get("cyclesTruncated").asBoolean()).as("cyclesTruncated").isEqualTo(truncated);
    }

    // ---- reactions ----------------------------------------------------------------------------------

    record Reaction(String date, String company, String ticker, double ret, Double abnormal) {
    }

    static Reaction reaction(String date, String company, String ticker, double ret, Double abnormal) {
        return new Reaction(date, company, ticker, ret, abnormal);
    }

    static void assertReactions(JsonNode root, Reaction... expected) {
        JsonNode reactions = root.get("reactions");
        List<String> actual = new ArrayList<>();
        reactions.forEach(r -> actual.add(r.get("date").asText() + " " + r.get("company").asText()));
        assertThat(actual).as("reactions (date company), sorted")
                .containsExactly(Arrays.stream(expected).map(r -> r.date() + " " + r.company()).toArray(String[]::new));
        for (int i = 0; i < expected.length; i++) {
            JsonNode r = reactions.get(i);
            String what = "reaction " + actual.get(i);
            assertThat(r.get("ticker").asText()).as(what + " ticker").isEqualTo(expected[i].ticker());
            assertNumber(r.get("return"), expected[i].ret(), what + " return");
            assertNumber(r.get("abnormal"), expected[i].abnormal(), what + " abnormal");
        }
    }

    /** close(t0) / close(prev) - 1, as DESIGN.md defines a return. */
    static double ret(double closePrev, double closeT0) {
        return closeT0 / closePrev - 1;
    }

    // ---- warnings and rejected cells ----------------------------------------------------------------

    /**
     * An expected warning or rejection. {@code cell} is an exact A1 reference or null; when {@code row}
     * is positive only the row of the cell is checked. {@code value} is checked unless {@code anyValue};
     * {@code mentions} must appear in the message or reason (case-insensitive) when not null.
     */
    record Issue(String file, String sheet, String cell, int row, String value, boolean anyValue, String mentions) {

        boolean matches(JsonNode n, boolean rejected) {
            if (!Objects.equals(file, text(n.get("file"))) || !Objects.equals(sheet, text(n.get("sheet")))) {
                return false;
            }
            String actualCell = text(n.get("cell"));
            if (row > 0) {
                if (actualCell == null || !actualCell.matches("[A-Z]+" + row)) {
                    return false;
                }
            } else if (!Objects.equals(cell, actualCell)) {
                return false;
            }
            if (rejected && !anyValue && !Objects.equals(value, text(n.get("value")))) {
                return false;
            }
            if (mentions != null) {
                String words = text(n.get(rejected ? "reason" : "message"));
                return words != null && words.toLowerCase().contains(mentions.toLowerCase());
            }
            return true;
        }

        Issue mentioning(String word) {
            return new Issue(file, sheet, cell, row, value, anyValue, word);
        }
    }

    static Issue warning(String file, String sheet, String cell) {
        return new Issue(file, sheet, cell, 0, null, true, null);
    }

    /** A warning somewhere in that row, the spec naming no column. */
    static Issue warningInRow(String file, String sheet, int row) {
        return new Issue(file, sheet, null, row, null, true, null);
    }

    static Issue rejected(String file, String sheet, String cell, String value) {
        return new Issue(file, sheet, cell, 0, value, false, null);
    }

    /** A rejection whose displayed value the spec leaves open (a formula without a cached value). */
    static Issue rejectedAnyValue(String file, String sheet, String cell) {
        return new Issue(file, sheet, cell, 0, null, true, null);
    }

    /** A rejection somewhere in that row, the spec naming no column; its value is not checked. */
    static Issue rejectedInRow(String file, String sheet, int row) {
        return new Issue(file, sheet, null, row, null, true, null);
    }

    /** An unreadable file beside readable ones: null sheet, cell and value. */
    static Issue unreadable(String file) {
        return new Issue(file, null, null, 0, null, false, null);
    }

    static void assertWarnings(JsonNode root, Issue... expected) {
        assertIssues(root.get("warnings"), false, expected);
    }

    static void assertRejected(JsonNode root, Issue... expected) {
        assertIssues(root.get("rejected"), true, expected);
    }

    static void assertNoIssues(JsonNode root) {
        assertWarnings(root);
        assertRejected(root);
    }

    private static void assertIssues(JsonNode actual, boolean rejected, Issue... expected) {
        String kind = rejected ? "rejected" : "warnings";
        boolean ok = actual.size() == expected.length;
        for (int i = 0; ok && i < expected.length; i++) {
            ok = expected[i].matches(actual.get(i), rejected);
        }
        if (!ok) {
            String want = Arrays.stream(expected).map(Object::toString).collect(Collectors.joining("\n  "));
            List<String> got = new ArrayList<>();
            actual.forEach(n -> got.add(n.toString()));
            fail("%s in reading order differ.%nexpected:%n  %s%nactual:%n  %s", kind, want, String.join("\n  ", got));
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
