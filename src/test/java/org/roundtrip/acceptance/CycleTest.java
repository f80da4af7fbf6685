package org.roundtrip.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertCycles;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertTruncated;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.cycle;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.warning;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Money that travels in a circle: which cycles are reported, their amounts and order. */
class CycleTest {

    private static final double BN = 1e9;

    @TempDir
    Path dir;

    private Path severalCycles() throws Exception {
        return MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300)
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)
                .row(LocalDate.of(2025, 10, 13), "Oracle", "Nvidia", 40)
                .row(LocalDate.of(2025, 10, 20), "Oracle", "Nvidia", "undisclosed")  // edge keeps its known 40
                .row(LocalDate.of(2025, 9, 1), "Alibaba", "AMD", 5)
                .row(LocalDate.of(2025, 9, 2), "AMD", "Alibaba", 7)
                .row(LocalDate.of(2025, 9, 3), "Alibaba", "Baidu", 6)
                .row(LocalDate.of(2025, 9, 4), "Baidu", "Alibaba", 5)
                .row(LocalDate.of(2025, 9, 5), "Zeta", "Yotta", "undisclosed")
                .row(LocalDate.of(2025, 9, 6), "Yotta", "Zeta", "n/a")
                .write(dir.resolve("cycles.xlsx"));
    }

    @Test
    void cyclesStartAtTheirFirstCompanyAndSortByAmountThenPathWithUndisclosedLast() throws Exception {
        JsonNode json = Summary.json(severalCycles());

        assertCounts(json, 10, 10);
        // "Alibaba" < "AMD" case-insensitively: both 5 bn cycles start at Alibaba, then AMD's sorts before Baidu's.
        assertCycles(json,
                cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"),
                cycle(5 * BN, "Alibaba", "AMD", "Alibaba"),
                cycle(5 * BN, "Alibaba", "Baidu", "Alibaba"),
                cycle(null, "Yotta", "Zeta", "Yotta"));
        assertTruncated(json, false);
        assertFigures(json, "Oracle", flows(40 * BN, 300 * BN, 40 * BN));
        assertFigures(json, "Yotta", flows(0, 0, 0));
        assertNoIssues(json);
    }

    @Test
    void maxCyclesKeepsTheLargestAndSaysWhenMoreExist() throws Exception {
        Path file = severalCycles();

        JsonNode one = Summary.json(file, "--max-cycles", "1");
        assertCycles(one, cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"));
        assertTruncated(one, true);

        JsonNode three = Summary.json(file, "--max-cycles", "3");
        assertCycles(three,
                cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"),
                cycle(5 * BN, "Alibaba", "AMD", "Alibaba"),
                cycle(5 * BN, "Alibaba", "Baidu", "Alibaba"));
        assertTruncated(three, true);

        JsonNode four = Summary.json(file, "--max-cycles", "4");
        assertCycles(four,
                cycle(40 * BN, "Nvidia", "OpenAI", "Oracle", "Nvidia"),
                cycle(5 * BN, "Alibaba", "AMD", "Alibaba"),
                cycle(5 * BN, "Alibaba", "Baidu", "Alibaba"),
                cycle(null, "Yotta", "Zeta", "Yotta"));
        assertTruncated(four, false);
    }

    private Path rings() throws Exception {
        MessyBook book = MessyBook.xlsx().sheet("Deals").row("Date", "Payer", "Recipient", "Amount (USD bn)");
        // a ring of 7 companies, 1 to 7 bn, written from Hop D onwards
        String[] hops = {"Hop D", "Hop E", "Hop F", "Hop G", "Hop A", "Hop B", "Hop C"};
        for (int i = 0; i < hops.length; i++) {
            book.row(LocalDate.of(2025, 9, 1 + i), hops[i], hops[(i + 1) % hops.length], i + 1);
        }
        // a ring of 6 companies, 2 bn each
        String[] ring = {"Ring A", "Ring B", "Ring C", "Ring D", "Ring E", "Ring F"};
        for (int i = 0; i < ring.length; i++) {
            book.row(LocalDate.of(2025, 10, 1 + i), ring[i], ring[(i + 1) % ring.length], 2);
        }
        return book.write(dir.resolve("rings.xlsx"));
    }

    @Test
    void cyclesOfUpToSixCompaniesByDefault() throws Exception {
        JsonNode json = Summary.json(rings());

        assertCounts(json, 13, 13);
        assertCycles(json, cycle(2 * BN, "Ring A", "Ring B", "Ring C", "Ring D", "Ring E", "Ring F", "Ring A"));
        assertTruncated(json, false);
    }

    @Test
    void maxCycleLengthSevenAddsTheSevenCompanyRing() throws Exception {
        JsonNode json = Summary.json(rings(), "--max-cycle-length", "7");

        // the smallest edge of the Hop ring is Hop D -> Hop E, 1 bn
        assertCycles(json,
                cycle(2 * BN, "Ring A", "Ring B", "Ring C", "Ring D", "Ring E", "Ring F", "Ring A"),
                cycle(1 * BN, "Hop A", "Hop B", "Hop C", "Hop D", "Hop E", "Hop F", "Hop G", "Hop A"));
        assertTruncated(json, false);
    }

    @Test
    void maxCycleLengthFiveDropsTheSixCompanyRing() throws Exception {
        JsonNode json = Summary.json(rings(), "--max-cycle-length", "5");

        assertCycles(json);
        assertTruncated(json, false);
    }

    @Test
    void talksCloseACycleOnlyWithIncludeTalks() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status")
                .row(LocalDate.of(2025, 5, 13), "G42", "Cerebras", 1, "signed")
                .row(LocalDate.of(2025, 6, 2), "Cerebras", "G42", 2, "talks")
                .write(dir.resolve("talks.xlsx"));

        JsonNode without = Summary.json(file);
        assertCounts(without, 2, 1);
        assertCycles(without);
        assertFigures(without, "Cerebras", flows(0, 1 * BN, 0));

        JsonNode with = Summary.json(file, "--include-talks");
        assertCounts(with, 2, 2);
        assertCycles(with, cycle(1 * BN, "Cerebras", "G42", "Cerebras"));
        assertFigures(with, "Cerebras", flows(2 * BN, 1 * BN, 2 * BN));
    }

    @Test
    void selfDealIsCountedButStaysOutOfFiguresAndCycles() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status")
                .row(LocalDate.of(2025, 8, 1), "Nvidia", "NVIDIA Corp", 5, "signed")   // payer = recipient
                .row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "signed")
                .row(LocalDate.of(2025, 9, 30), "OpenAI", "Nvidia", 10, "announced")
                .write(dir.resolve("self.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 3, 3);
        assertCompanyNames(json, "Nvidia", "OpenAI");
        assertFigures(json, "Nvidia", flows(100 * BN, 10 * BN, 100 * BN));
        assertFigures(json, "OpenAI", flows(10 * BN, 100 * BN, 10 * BN));
        assertCycles(json, cycle(10 * BN, "Nvidia", "OpenAI", "Nvidia"));
        assertWarnings(json, warning("self.xlsx", "Deals", "C2"));
        assertRejected(json);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void denseGraphOfTwentyFiveCompaniesGivesItsLargestCyclesQuickly() throws Exception {
        // Every company pays every other 1 bn, except a few heavy edges: 01<->02 at 100, 02->03 and
        // 03->01 at 50, 03<->04 at 30. Any cycle with a 1 bn edge circulates 1 bn; the heavy ones are
        // [01,02,01] 100, [01,02,03,01] 50 and [03,04,03] 30, and millions of 1 bn cycles exist beyond them.
        // reading: "it must stay fast" - taken as well under 30 s for 25 fully connected companies.
        int n = 25;
        MessyBook book = MessyBook.xlsx().sheet("Deals").row("Date", "Payer", "Recipient", "Amount (USD bn)");
        for (int from = 1; from <= n; from++) {
            for (int to = 1; to <= n; to++) {
                if (from != to) {
                    book.row(LocalDate.of(2025, 1, 1), firm(from), firm(to), weight(from, to));
                }
            }
        }
        Path file = book.write(dir.resolve("dense.xlsx"));

        JsonNode json = Summary.json(file, "--max-cycles", "3");

        assertCounts(json, n * (n - 1), n * (n - 1));
        assertCycles(json,
                cycle(100 * BN, firm(1), firm(2), firm(1)),
                cycle(50 * BN, firm(1), firm(2), firm(3), firm(1)),
                cycle(30 * BN, firm(3), firm(4), firm(3)));
        assertTruncated(json, true);
        assertNoIssues(json);
    }

    private static String firm(int i) {
        return String.format("Firm %02d", i);
    }

    private static int weight(int from, int to) {
        if ((from == 1 && to == 2) || (from == 2 && to == 1)) {
            return 100;
        }
        if ((from == 2 && to == 3) || (from == 3 && to == 1)) {
            return 50;
        }
        if ((from == 3 && to == 4) || (from == 4 && to == 3)) {
            return 30;
        }
        return 1;
    }

    @Test
    void everyCycleOfThreeCompaniesPayingEachOtherInBothDirections() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 1), "Anthropic", "Broadcom", 10)
                .row(LocalDate.of(2025, 9, 2), "Broadcom", "Anthropic", 4)
                .row(LocalDate.of(2025, 9, 3), "Broadcom", "Cohere", 8)
                .row(LocalDate.of(2025, 9, 4), "Cohere", "Broadcom", 6)
                .row(LocalDate.of(2025, 9, 5), "Anthropic", "Cohere", 3)
                .row(LocalDate.of(2025, 9, 6), "Cohere", "Anthropic", 7)
                .write(dir.resolve("triangle.xlsx"));

        JsonNode json = Summary.json(file);

        // two 3 bn cycles: [A, C, A] before [A, C, B, A] since "Anthropic" < "Broadcom" at the third place
        assertCycles(json,
                cycle(7 * BN, "Anthropic", "Broadcom", "Cohere", "Anthropic"),
                cycle(6 * BN, "Broadcom", "Cohere", "Broadcom"),
                cycle(4 * BN, "Anthropic", "Broadcom", "Anthropic"),
                cycle(3 * BN, "Anthropic", "Cohere", "Anthropic"),
                cycle(3 * BN, "Anthropic", "Cohere", "Broadcom", "Anthropic"));
        assertTruncated(json, false);
        assertNoIssues(json);
    }

    @Test
    void aKnownZeroCirculatesZeroNotNull() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 1), "Alpha", "Beta", 0)
                .row(LocalDate.of(2025, 9, 2), "Beta", "Alpha", 5)
                .row(LocalDate.of(2025, 9, 3), "Gamma", "Delta", "undisclosed")
                .row(LocalDate.of(2025, 9, 4), "Delta", "Gamma", 1)
                .row(LocalDate.of(2025, 9, 5), "Epsilon", "Zeta", 2)
                .row(LocalDate.of(2025, 9, 6), "Zeta", "Epsilon", 3)
                .write(dir.resolve("zero.xlsx"));

        JsonNode json = Summary.json(file);

        assertCycles(json,
                cycle(2 * BN, "Epsilon", "Zeta", "Epsilon"),
                cycle(0.0, "Alpha", "Beta", "Alpha"),
                cycle(null, "Delta", "Gamma", "Delta"));
        assertNoIssues(json);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twentyFiveCompaniesAllPayingEachOtherGiveTheDefaultThousandCyclesInOrder() throws Exception {
        denseGraphWithDefaultMaxCycles(25);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hundredCompaniesAllPayingEachOtherStillAnswerWithTheDefaultThousandCycles() throws Exception {
        // reading: "it must stay fast" - taken as well under a minute here, writing 9,900 deals included
        denseGraphWithDefaultMaxCycles(100);
    }

    /**
     * n companies, every one paying every other 1 bn except the heavy edges above: far too many cycles to
     * list them all. The default --max-cycles gives the three heavy cycles, then 997 cycles of 1 bn in
     * path order, each a simple cycle starting at its alphabetically first company.
     */
    private void denseGraphWithDefaultMaxCycles(int n) throws Exception {
        MessyBook book = MessyBook.xlsx().sheet("Deals").row("Date", "Payer", "Recipient", "Amount (USD bn)");
        for (int from = 1; from <= n; from++) {
            for (int to = 1; to <= n; to++) {
                if (from != to) {
                    book.row(LocalDate.of(2025, 1, 1), firm(from), firm(to), weight(from, to));
                }
            }
        }
        Path file = book.write(dir.resolve("dense" + n + ".xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, n * (n - 1), n * (n - 1));
        assertTruncated(json, true);
        JsonNode cycles = json.get("cycles");
        assertThat(cycles.size()).as("the default --max-cycles").isEqualTo(1000);
        assertCycles(firstThree(json),
                cycle(100 * BN, firm(1), firm(2), firm(1)),
                cycle(50 * BN, firm(1), firm(2), firm(3), firm(1)),
                cycle(30 * BN, firm(3), firm(4), firm(3)));
        List<String> previous = null;
        for (int i = 3; i < cycles.size(); i++) {
            JsonNode c = cycles.get(i);
            SummaryAssert.assertNumber(c.get("circulatingUsd"), 1 * BN, "circulatingUsd of cycle " + i);
            List<String> path = new ArrayList<>();
            c.get("path").forEach(p -> path.add(p.asText()));
            assertThat(path.size()).as("path %s", path).isBetween(3, 7);
            assertThat(path.get(0)).isEqualTo(path.get(path.size() - 1));
            assertThat(new HashSet<>(path.subList(0, path.size() - 1)))
                    .as("companies of %s are distinct", path).hasSize(path.size() - 1);
            assertThat(path.subList(1, path.size() - 1))
                    .as("%s starts at its first company", path)
                    .allMatch(name -> String.CASE_INSENSITIVE_ORDER.compare(name, path.get(0)) > 0);
            if (previous != null) {
                assertThat(comparePaths(previous, path)).as("%s sorts before %s", previous, path).isNegative();
            }
            previous = path;
        }
    }

    private static JsonNode firstThree(JsonNode json) {
        ObjectNode copy = json.deepCopy();
        ArrayNode three = copy.putArray("cycles");
        for (int i = 0; i < 3; i++) {
            three.add(json.get("cycles").get(i));
        }
        return copy;
    }

    /** Paths element by element (case-insensitively, then exactly), a prefix first. */
    private static int comparePaths(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = String.CASE_INSENSITIVE_ORDER.compare(a.get(i), b.get(i));
            if (c == 0) {
                c = a.get(i).compareTo(b.get(i));
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
