package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.assertCompanyNames;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The many ways finance staff write an amount, in an English sheet whose header says "USD bn". */
class AmountWritingTest {

    private static final double BN = 1e9;

    /** The amount cell as typed, and its value in USD: a number, UNDISCLOSED, or REJECTED. */
    private record Case(Object cell, Double usd, boolean rejected) {
    }

    private static final Double UNDISCLOSED = null;

    private static Case known(Object cell, double usd) {
        return new Case(cell, usd, false);
    }

    private static Case undisclosed(Object cell) {
        return new Case(cell, UNDISCLOSED, false);
    }

    private static Case rejectedCase(Object cell) {
        return new Case(cell, null, true);
    }

    private static final List<Case> CASES = List.of(
            known("$300B", 300 * BN),
            known("USD 300bn", 300 * BN),
            known("up to 20", 20 * BN),               // a ceiling
            known("less than 10", 10 * BN),
            known("< 5", 5 * BN),
            known("more than 6", 6 * BN),             // a floor
            known("> 7", 7 * BN),
            known("10–20", 15 * BN),                  // en dash: the midpoint
            known("10-20", 15 * BN),
            known("10 to 20", 15 * BN),
            known("entre 10 et 20", 15 * BN),
            known("moins de 8", 8 * BN),
            undisclosed("undisclosed"),
            undisclosed("non divulgué"),
            undisclosed("n/a"),
            undisclosed("-"),
            undisclosed(null),                        // empty cell
            rejectedCase(-5),                         // negative: rejected, shown as "-5"
            known(0, 0),                              // a known 0
            rejectedCase("abc"),
            known("2.5 M", 2.5e6),                    // the cell's unit beats the header's bn
            known("750 k", 750e3),
            known("20 mn", 20e6),
            known("1.5 T", 1.5e12),
            known("2 tn", 2e12),
            known("300 milliards", 300 * BN),
            known("12 Md", 12 * BN),
            known("5 Mds", 5 * BN),
            known("$4 billion", 4 * BN),              // English cell: billion = 1e9
            known("1 billion de dollars", 1e12),      // "de dollars" makes the cell French: billion = 1e12
            known("jusqu'à 6,300", 6.3 * BN),         // French cell: the comma is decimal
            known("6.300", 6300 * BN),                // a dot then exactly three digits: thousands
            known("1,234.5", 1234.5 * BN),
            known("1 234,5", 1234.5 * BN),
            known(42, 42 * BN),                       // a plain number takes the header's unit
            known("jusqu'à 20, plus de 10", 15 * BN),  // a ceiling and a floor, either order: the midpoint
            known("10 – 20", 15 * BN),                // a range with spaces around the dash
            known("300 M$", 300e6));

    @TempDir
    Path dir;

    @Test
    void everyWrittenAmountIsReadAsTheSpecSays() throws Exception {
        MessyBook book = MessyBook.xlsx().sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)");
        for (int i = 0; i < CASES.size(); i++) {
            book.row(LocalDate.of(2025, 9, 1), "Fund", recipient(i), CASES.get(i).cell());
        }
        Path file = book.write(dir.resolve("amounts.xlsx"));

        JsonNode json = Summary.json(file);

        List<String> names = new ArrayList<>(List.of("Fund"));
        double fundOutgoing = 0;
        int imported = 0;
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            if (c.rejected()) {
                continue;
            }
            imported++;
            names.add(recipient(i));
            double usd = c.usd() == null ? 0 : c.usd();
            fundOutgoing += usd;
            assertFigures(json, recipient(i), flows(0, usd, 0));
        }
        assertCounts(json, imported, imported);
        assertCompanyNames(json, names.toArray(String[]::new));
        assertFigures(json, "Fund", flows(fundOutgoing, 0, fundOutgoing));
        assertWarnings(json);
        // rows 19 and 21 hold -5 and "abc" (row = case index + 2)
        assertRejected(json,
                rejected("amounts.xlsx", "Deals", "D19", "-5"),
                rejected("amounts.xlsx", "Deals", "D21", "abc"));
    }

    @Test
    void unitHintsInHeadersAndInACurrencyColumn() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Md")
                .row("Date", "Payer", "Recipient", "Montant Md$")
                .row(LocalDate.of(2025, 9, 1), "Alpha Fund", "Alpha Target", 12)
                .sheet("Snake")
                .row("date", "from", "to", "amount_usd_bn")
                .row(LocalDate.of(2025, 9, 2), "Beta Fund", "Beta Target", 13)
                .sheet("Currency column")
                .row("Date", "Buyer", "Seller", "Amount", "Currency")
                .row(LocalDate.of(2025, 9, 3), "Gamma Fund", "Gamma Target", 14, "USD bn")
                .row(LocalDate.of(2025, 9, 4), "Gamma Fund", "Gamma Two", "1,500", "USD m")
                .write(dir.resolve("hints.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 4, 4);
        assertCompanyNames(json, "Alpha Fund", "Alpha Target", "Beta Fund", "Beta Target", "Gamma Fund",
                "Gamma Target", "Gamma Two");
        assertFigures(json, "Alpha Target", flows(0, 12e9, 0));
        assertFigures(json, "Beta Target", flows(0, 13e9, 0));
        assertFigures(json, "Gamma Target", flows(0, 14e9, 0));
        assertFigures(json, "Gamma Two", flows(0, 1.5e9, 0));
        assertFigures(json, "Gamma Fund", flows(15.5e9, 0, 15.5e9));
        assertNoIssues(json);
    }

    @Test
    void numbersAreReportedAsDisplayedThroughTheirFormat() throws Exception {
        Path file = MessyBook.xlsx().sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD m)")
                .row(LocalDate.of(2025, 9, 1), "Fund", "Kept", MessyBook.formatted(1500, "#,##0"))
                .row(LocalDate.of(2025, 9, 1), "Fund", "Dropped", MessyBook.formatted(-1234.5, "#,##0.0"))
                .write(dir.resolve("formatted.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 1, 1);
        assertFigures(json, "Kept", flows(0, 1.5e9, 0));
        assertWarnings(json);
        assertRejected(json, rejected("formatted.xlsx", "Deals", "D3", "-1,234.5"));
    }

    private static String recipient(int index) {
        return String.format("Recipient %02d", index + 1);
    }

    @Test
    void frenchWordsMakeACellFrenchButBnStaysABillionAndTrillionATrillion() throws Exception {
        Path file = MessyBook.xlsx()
                .sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 1), "Fund", "Alpha", "6,300 Md")          // French cell: 6.3 Md
                .row(LocalDate.of(2025, 9, 1), "Fund", "Beta", "1,5 milliard")       // French cell: 1.5 milliard
                .sheet("Accords")
                .row("Date", "Investisseur", "Bénéficiaire", "Montant")
                .row(LocalDate.of(2025, 9, 2), "Fonds", "Gamma", "2 bn")              // bn is 1e9 in French too
                .row(LocalDate.of(2025, 9, 2), "Fonds", "Delta", "3 B")
                .row(LocalDate.of(2025, 9, 2), "Fonds", "Epsilon", "1 trillion")     // only "billion" changes
                .row(LocalDate.of(2025, 9, 2), "Fonds", "Zeta", "2 billions")        // French sheet: 2e12
                .write(dir.resolve("mots.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 6, 6);
        assertFigures(json, "Alpha", flows(0, 6.3 * BN, 0));
        assertFigures(json, "Beta", flows(0, 1.5 * BN, 0));
        assertFigures(json, "Gamma", flows(0, 2 * BN, 0));
        assertFigures(json, "Delta", flows(0, 3 * BN, 0));
        assertFigures(json, "Epsilon", flows(0, 1e12, 0));
        assertFigures(json, "Zeta", flows(0, 2e12, 0));
        assertNoIssues(json);
    }
}
