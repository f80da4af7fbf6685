package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.AcmePrices.acme;
import static org.roundtrip.acceptance.SummaryAssert.assertCounts;
import static org.roundtrip.acceptance.SummaryAssert.assertFigures;
import static org.roundtrip.acceptance.SummaryAssert.assertNoIssues;
import static org.roundtrip.acceptance.SummaryAssert.assertReactions;
import static org.roundtrip.acceptance.SummaryAssert.assertRejected;
import static org.roundtrip.acceptance.SummaryAssert.assertWarnings;
import static org.roundtrip.acceptance.SummaryAssert.flows;
import static org.roundtrip.acceptance.SummaryAssert.rejected;
import static org.roundtrip.acceptance.SummaryAssert.warning;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a deal's date is read, seen through the stock reaction it produces: every deal is Fund paying Acme,
 * whose {@link AcmePrices} make a day-precision deal on a weekday react on that very day and a
 * month-precision deal not at all.
 */
class DateReadingTest {

    @TempDir
    Path dir;

    @Test
    void dateCellsSerialNumbersIsoTextAndMonthPrecisionInOneColumn() throws Exception {
        Path file = AcmePrices.addTo(MessyBook.xlsx().sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 2), "Fund", "Acme", 1)
                .row(45903, "Fund", "Acme", 2)                          // Excel serial of 2025-09-03
                .row("2025-09-04", "Fund", "Acme", 3)
                .row("2025-09", "Fund", "Acme", 4)                      // month precision: no reaction
                .row("Sept 2025", "Fund", "Acme", 5)
                .row("septembre 2025", "Fund", "Acme", 6)
                .row(MessyBook.dateFormula("DATE(2025,9,5)"), "Fund", "Acme", 7))
                .write(dir.resolve("dates.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 7, 7);
        assertFigures(json, "Fund", flows(28e9, 0, 28e9));
        assertReactions(json,
                acme(LocalDate.of(2025, 9, 2)),
                acme(LocalDate.of(2025, 9, 3)),
                acme(LocalDate.of(2025, 9, 4)),
                acme(LocalDate.of(2025, 9, 5)));
        assertNoIssues(json);
    }

    @Test
    void dayAbove12SettlesADayFirstColumnAndAContradictingValueIsRejected() throws Exception {
        Path file = AcmePrices.addTo(MessyBook.xlsx().sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row("03/09/2025", "Fund", "Acme", 1)       // ambiguous alone; dd/mm once the column is settled
                .row("15/09/2025", "Fund", "Acme", 2)       // settles the column: day first
                .row("10/09/2025", "Fund", "Acme", 3)
                .row("09/25/2025", "Fund", "Acme", 4))      // month first: contradicts, rejected
                .write(dir.resolve("ddmm.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 3, 3);
        assertReactions(json,
                acme(LocalDate.of(2025, 9, 3)),
                acme(LocalDate.of(2025, 9, 10)),
                acme(LocalDate.of(2025, 9, 15)));
        assertWarnings(json);
        assertRejected(json, rejected("ddmm.xlsx", "Deals", "A5", "09/25/2025"));
    }

    @Test
    void allAmbiguousColumnInAnEnglishSheetIsMonthFirstWithOneWarningOnItsHeader() throws Exception {
        Path file = AcmePrices.addTo(MessyBook.xlsx().sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row("03/09/2025", "Fund", "Acme", 1)       // 9 March 2025, a Sunday: reacts Monday 10 March
                .row("04/08/2025", "Fund", "Acme", 2))      // 8 April 2025
                .write(dir.resolve("mmdd.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertReactions(json,
                acme(LocalDate.of(2025, 3, 10)),
                acme(LocalDate.of(2025, 4, 8)));
        assertWarnings(json, warning("mmdd.xlsx", "Deals", "A1"));
        assertRejected(json);
    }

    @Test
    void allAmbiguousColumnInAFrenchSheetIsDayFirstWithOneWarningOnItsHeader() throws Exception {
        Path file = AcmePrices.addTo(MessyBook.xlsx().sheet("Accords")
                .row("N°", "Date", "Investisseur", "Bénéficiaire", "Montant (Md$)")
                .row(1, "03/09/2025", "Fund", "Acme", 1)    // 3 septembre 2025
                .row(2, "04/08/2025", "Fund", "Acme", 2))   // 4 août 2025
                .write(dir.resolve("jjmm.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertReactions(json,
                acme(LocalDate.of(2025, 8, 4)),
                acme(LocalDate.of(2025, 9, 3)));
        assertWarnings(json, warning("jjmm.xlsx", "Accords", "B1"));
        assertRejected(json);
    }

    @Test
    void workbookIn1904DateSystemReadsItsDateCellsAndSerials() throws Exception {
        Path file = AcmePrices.addTo(MessyBook.xlsx1904().sheet("Deals")
                .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                .row(LocalDate.of(2025, 9, 2), "Fund", "Acme", 1)
                .row(44441, "Fund", "Acme", 2))             // 1904-based serial of 2025-09-03 (45903 - 1462)
                .write(dir.resolve("mac.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertReactions(json,
                acme(LocalDate.of(2025, 9, 2)),
                acme(LocalDate.of(2025, 9, 3)));
        assertNoIssues(json);
    }

    @Test
    void dateCellsAndSerialsWithATimeOfDayAreThatDay() throws Exception {
        Path file = AcmePrices.addTo(MessyBook.xlsx().sheet("Deals")
                        .row("Date", "Payer", "Recipient", "Amount (USD bn)")
                        .row(LocalDateTime.of(2025, 9, 22, 16, 45), "Fund", "Acme", 1)
                        .row(45923.75, "Fund", "Acme", 2))                  // 2025-09-23 18:00
                .write(dir.resolve("times.xlsx"));

        JsonNode json = Summary.json(file);

        assertCounts(json, 2, 2);
        assertReactions(json,
                acme(LocalDate.of(2025, 9, 22)),
                acme(LocalDate.of(2025, 9, 23)));
        assertNoIssues(json);
    }
}
