package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertReactions;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.reaction;
import static org.roundtrip.acceptance.SummaryAssert.ret;
import static org.roundtrip.acceptance.SummaryAssert.warning;
import static org.roundtrip.acceptance.SummaryAssert.warningInRow;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stock reactions from a long price sheet (ORCL) and a wide one (AMD, SPY, NVDA), with benchmarks
 * from the companies sheet or the command line.
 */
class StockReactionTest {

    @TempDir
    Path dir;

    private Path file;

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    @BeforeEach
    void writeWorkbook() throws Exception {
        file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(oct(8), "Oracle", "Nvidia", 3)       // Oracle and Nvidia react on 8 Oct
                .row(oct(4), "OpenAI", "AMD", 6)          // a Saturday: AMD reacts Monday 6 Oct
                .row(oct(1), "Nvidia", "Oracle", 2)       // first day of both series: no reaction
                .row(oct(8), "OpenAI", "Oracle", 4)       // Oracle, 8 Oct again: still one reaction
                .row(oct(10), "OpenAI", "AMD", 7)         // SPY has no 9 Oct: abnormal null
                .row(oct(16), "OpenAI", "Oracle", 1)      // next ORCL price 24 Oct, 8 days later: none
                .row(oct(17), "OpenAI", "Oracle", 5)      // 7 days later: reacts 24 Oct against 10 Oct
                .row("2025-10", "OpenAI", "Nvidia", 8)    // month precision: none
                .sheet("Companies")
                .row("Company", "Ticker", "Benchmark")
                .row("AMD", "AMD", "SPY")
                .row("Oracle", "ORCL", "SPY")
                .row("Nvidia", "NVDA", null)
                .sheet("Prices")
                .row("Date", "Ticker", "Close")
                .row(oct(1), "ORCL", 100)
                .row(oct(2), "ORCL", 102)
                .row(oct(3), "ORCL", 101)
                .row(oct(6), "ORCL", 110)
                .row(oct(7), "ORCL", 108)
                .row(oct(7), "ORCL", 999)                 // a later price for the same day: ignored, warning
                .row(oct(8), "ORCL", 109)
                .row(oct(9), "ORCL", 111)
                .row(oct(10), "ORCL", 112)
                .row(oct(24), "ORCL", 120)
                .row(oct(27), "ORCL", 119)
                .sheet("Closes")
                .row("Date", "AMD", "SPY", "NVDA")
                .row(oct(1), 160, 660, 187)
                .row(oct(2), 164, 662, 188)
                .row(oct(3), 165, 665, 187.5)
                .row(oct(6), 203.7, 670, 185.5)
                .row(oct(7), 211, 668, 185)
                .row(oct(8), 235, 672, 189)
                .row(oct(9), 232, null, 192)
                .row(oct(10), 214, 675, 183)
                .row(oct(24), null, 680, null)
                .write(dir.resolve("prices.xlsx"));
    }

    @Test
    void reactionsAgainstTheCompaniesSheetsBenchmark() {
        JsonNode json = Summary.json(file);

        assertCounts(json, 8, 8);
        assertCompanyNames(json, "AMD", "Nvidia", "OpenAI", "Oracle");
        double amd6 = ret(165, 203.7);
        double nvda8 = ret(185, 189);
        double orcl8 = ret(108, 109);
        double amd10 = ret(232, 214);
        double orcl24 = ret(112, 120);
        assertReactions(json,
                reaction("2025-10-06", "AMD", "AMD", amd6, amd6 - ret(665, 670)),
                reaction("2025-10-08", "Nvidia", "NVDA", nvda8, null),
                reaction("2025-10-08", "Oracle", "ORCL", orcl8, orcl8 - ret(668, 672)),
                reaction("2025-10-10", "AMD", "AMD", amd10, null),
                reaction("2025-10-24", "Oracle", "ORCL", orcl24, orcl24 - ret(675, 680)));
        // reading: the spec names no cell for an ignored later price; any cell of that row
        assertWarnings(json, warningInRow("prices.xlsx", "Prices", 7));
        assertRejected(json);
    }

    @Test
    void benchmarkOptionOverridesTheCompaniesSheet() {
        JsonNode json = Summary.json(file, "--benchmark", "NVDA");

        double amd6 = ret(165, 203.7);
        double nvda8 = ret(185, 189);
        double orcl8 = ret(108, 109);
        double amd10 = ret(232, 214);
        double orcl24 = ret(112, 120);
        assertReactions(json,
                reaction("2025-10-06", "AMD", "AMD", amd6, amd6 - ret(187.5, 185.5)),
                reaction("2025-10-08", "Nvidia", "NVDA", nvda8, 0.0),
                reaction("2025-10-08", "Oracle", "ORCL", orcl8, orcl8 - ret(185, 189)),
                reaction("2025-10-10", "AMD", "AMD", amd10, amd10 - ret(192, 183)),
                reaction("2025-10-24", "Oracle", "ORCL", orcl24, null));   // NVDA has no 24 Oct
        assertWarnings(json, warningInRow("prices.xlsx", "Prices", 7));
        assertRejected(json);
    }

    @Test
    void selfDealsTalksAndDealsAfterTheLastPriceGiveNoReaction() throws Exception {
        Path small = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)", "Status")
                .row(oct(8), "Oracle", "Oracle Corporation", 1, "signed")     // self-deal: no reaction, warning C2
                .row(oct(6), "OpenAI", "Oracle", 2, "talks")                  // only with --include-talks
                .row(oct(20), "OpenAI", "Oracle", 3, "signed")                // after the last price: none
                .row(oct(3), "OpenAI", "Oracle", "undisclosed", "signed")     // undisclosed still reacts
                .sheet("Companies")
                .row("Company", "Ticker")
                .row("Oracle", "ORCL")
                .sheet("Prices")
                .row("Date", "Ticker", "Close")
                .row(oct(1), "ORCL", 100)
                .row(oct(2), "ORCL", 102)
                .row(oct(3), "ORCL", 101)
                .row(oct(6), "ORCL", 110)
                .row(oct(7), "ORCL", 108)
                .row(oct(8), "ORCL", 109)
                .row(oct(9), "ORCL", 111)
                .row(oct(10), "ORCL", 112)
                .write(dir.resolve("small.xlsx"));

        JsonNode json = Summary.json(small);
        assertCounts(json, 4, 3);
        assertReactions(json, reaction("2025-10-03", "Oracle", "ORCL", ret(102, 101), null));
        assertWarnings(json, warning("small.xlsx", "Deals", "C2"));
        assertRejected(json);

        JsonNode talks = Summary.json(small, "--include-talks");
        assertCounts(talks, 4, 4);
        assertReactions(talks,
                reaction("2025-10-03", "Oracle", "ORCL", ret(102, 101), null),
                reaction("2025-10-06", "Oracle", "ORCL", ret(101, 110), null));
        assertWarnings(talks, warning("small.xlsx", "Deals", "C2"));
    }

    @Test
    void priceSeriesListedNewestFirstAreReadInDateOrder() throws Exception {
        // Data exports often list the newest day first; prev is still the day before t0.
        Path newestFirst = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(oct(6), "OpenAI", "AMD", 6)
                .row(oct(8), "Oracle", "OpenAI", 1)
                .sheet("Companies")
                .row("Company", "Ticker", "Benchmark")
                .row("AMD", "AMD", "SPY")
                .row("Oracle", "ORCL", "SPY")
                .sheet("Prices")
                .row("Date", "Ticker", "Close")
                .row(oct(9), "ORCL", 111)
                .row(oct(8), "ORCL", 109)
                .row(oct(7), "ORCL", 108)
                .row(oct(6), "ORCL", 110)
                .row(oct(3), "ORCL", 101)
                .sheet("Closes")
                .row("Date", "AMD", "SPY")
                .row(oct(9), 232, 671)
                .row(oct(8), 235, 672)
                .row(oct(7), 211, 668)
                .row(oct(6), 203.7, 670)
                .row(oct(3), 165, 665)
                .write(dir.resolve("newest-first.xlsx"));

        JsonNode json = Summary.json(newestFirst);

        double amd6 = ret(165, 203.7);
        double orcl8 = ret(108, 109);
        assertReactions(json,
                reaction("2025-10-06", "AMD", "AMD", amd6, amd6 - ret(665, 670)),
                reaction("2025-10-08", "Oracle", "ORCL", orcl8, orcl8 - ret(668, 672)));
        assertWarnings(json);
        assertRejected(json);
    }

    @Test
    void tickersMatchIgnoringCase() throws Exception {
        // reading: a ticker is an identifier; "orcl" in the prices is the companies sheet's "ORCL"
        Path lower = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(oct(8), "OpenAI", "Oracle", 1)
                .sheet("Companies")
                .row("Company", "Ticker", "Benchmark")
                .row("Oracle", "ORCL", "spy")
                .sheet("Prices")
                .row("Date", "Ticker", "Close")
                .row(oct(7), "orcl", 100)
                .row(oct(8), "orcl", 101)
                .row(oct(7), "SPY", 100)
                .row(oct(8), "SPY", 102)
                .write(dir.resolve("lower.xlsx"));

        JsonNode json = Summary.json(lower);

        assertReactions(json, reaction("2025-10-08", "Oracle", "ORCL", ret(100, 101), ret(100, 101) - ret(100, 102)));
        assertWarnings(json);
        assertRejected(json);
    }
}
