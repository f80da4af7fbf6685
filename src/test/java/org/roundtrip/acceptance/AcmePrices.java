package org.roundtrip.acceptance;

import static org.roundtrip.acceptance.SummaryAssert.reaction;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A price series that shows how a deal's date was read: Acme (ticker ACME, no benchmark) has a close on
 * every weekday of 2025, close = 100 + day of year. A day-precision deal with Acme on a weekday reacts on
 * that very day; a month-precision deal does not react.
 */
final class AcmePrices {

    private AcmePrices() {
    }

    /** Adds a "Companies" sheet naming Acme's ticker and a long "Prices" sheet to the workbook. */
    static MessyBook addTo(MessyBook book) {
        book.sheet("Companies").row("Company", "Ticker").row("Acme", "ACME");
        book.sheet("Prices").row("Date", "Ticker", "Close");
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
            if (isWeekday(d)) {
                book.row(d, "ACME", close(d));
            }
        }
        return book;
    }

    static double close(LocalDate d) {
        return 100 + d.getDayOfYear();
    }

    /** Acme's reaction on t0, a weekday: against the previous weekday, no benchmark. */
    static SummaryAssert.Reaction acme(LocalDate t0) {
        LocalDate prev = t0.minusDays(1);
        while (!isWeekday(prev)) {
            prev = prev.minusDays(1);
        }
        return reaction(t0.toString(), "Acme", "ACME", close(t0) / close(prev) - 1, null);
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
