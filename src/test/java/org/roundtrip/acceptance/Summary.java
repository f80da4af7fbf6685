package org.roundtrip.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.roundtrip.cli.Cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs {@code summary FILE... --json [options]} in-process, as the external graders do, and checks the
 * shape every successful run must have (DESIGN.md, "Command line"): one JSON object on stdout, every key
 * present, nothing on stderr.
 */
final class Summary {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What one run printed and returned. */
    record Result(int status, String out, String err) {
    }

    private Summary() {
    }

    /** Runs the command line with exactly these arguments. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            status = Cli.run(args, o, e);
        }
        return new Result(status, out.toString(), err.toString());
    }

    /** {@code summary FILES... --json OPTIONS...}, without checking the outcome. */
    static Result runJson(List<Path> files, String... options) {
        List<String> args = new ArrayList<>();
        args.add("summary");
        files.forEach(f -> args.add(f.toString()));
        args.add("--json");
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    /** Runs summary on one file and returns its JSON after checking exit 0, empty stderr and every key. */
    static JsonNode json(Path file, String... options) {
        return json(List.of(file), options);
    }

    /** Runs summary on these files (command-line order) and returns its checked JSON. */
    static JsonNode json(List<Path> files, String... options) {
        Result result = runJson(files, options);
        assertThat(result.err()).as("stderr of summary %s", files).isEmpty();
        assertThat(result.status()).as("exit status; stdout was:%n%s", result.out()).isZero();
        JsonNode root = parse(result.out());
        checkShape(root);
        return root;
    }

    static JsonNode parse(String stdout) {
        try {
            JsonNode root = JSON.readTree(stdout);
            assertThat(root).as("stdout is one JSON object:%n%s", stdout).isNotNull();
            assertThat(root.isObject()).as("stdout is one JSON object:%n%s", stdout).isTrue();
            return root;
        } catch (JsonProcessingException e) {
            throw new AssertionError("stdout is not one JSON object: " + e.getOriginalMessage() + "\n" + stdout, e);
        }
    }

    /** "Every key shown is always present (null where unknown)." */
    private static void checkShape(JsonNode root) {
        assertThat(root.has("deals") && root.get("deals").isIntegralNumber()).as("deals is an integer").isTrue();
        assertThat(root.has("counted") && root.get("counted").isIntegralNumber()).as("counted is an integer").isTrue();
        assertThat(root.has("cyclesTruncated") && root.get("cyclesTruncated").isBoolean())
                .as("cyclesTruncated is a boolean").isTrue();
        for (String array : List.of("companies", "cycles", "reactions", "warnings", "rejected")) {
            assertThat(root.has(array) && root.get(array).isArray()).as("%s is an array", array).isTrue();
        }
        keys(root, "companies", "name", "outgoingUsd", "incomingUsd", "annualOutgoingUsd", "annualRevenueUsd",
                "ratio", "annualRatio");
        keys(root, "cycles", "path", "circulatingUsd");
        keys(root, "reactions", "date", "company", "ticker", "return", "abnormal");
        keys(root, "warnings", "file", "sheet", "cell", "message");
        keys(root, "rejected", "file", "sheet", "cell", "value", "reason");
        for (JsonNode w : root.get("warnings")) {
            assertThat(w.get("message").isTextual()).as("warning message is text: %s", w).isTrue();
        }
        for (JsonNode r : root.get("rejected")) {
            assertThat(r.get("reason").isTextual()).as("rejection reason is text: %s", r).isTrue();
        }
    }

    private static void keys(JsonNode root, String array, String... keys) {
        for (JsonNode element : root.get(array)) {
            for (String key : keys) {
                assertThat(element.has(key)).as("%s entry %s has key %s", array, element, key).isTrue();
            }
        }
    }
}
