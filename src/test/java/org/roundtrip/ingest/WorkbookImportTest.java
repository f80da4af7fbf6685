package org.roundtrip.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DatePrecision;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.ImportIssue;
import org.roundtrip.model.RevenuePeriod;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.roundtrip.ingest.TestWorkbooks.row;

class WorkbookImportTest {

    @TempDir
    Path dir;

    private static final Object[] DEAL_HEADER = row("Date", "Payer", "Recipient", "Amount (USD bn)", "Type", "Status");

    private Dataset importXlsx(TestWorkbooks wb) {
        return Importer.importFiles(List.of(wb.writeXlsx(dir.resolve("deals.xlsx"))), ImportOptions.defaults()).dataset();
    }

    private static ImportIssue only(List<ImportIssue> issues) {
        assertThat(issues).hasSize(1);
        return issues.get(0);
    }

    @Test
    void headerBelowATitleAndNotInColumnAIsFound() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                row("AI deals, 2025"),
                row(),
                row(null, "Date", "Payer", "Recipient", "Amount (USD bn)"),
                row(null, LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100)));
        assertThat(d.deals()).singleElement().satisfies(deal -> {
            assertThat(deal.payer()).isEqualTo("Nvidia");
            assertThat(deal.recipient()).isEqualTo("OpenAI");
            assertThat(deal.amountUsd()).isEqualTo(1.0e11);
            assertThat(deal.date().date()).isEqualTo(LocalDate.of(2025, 9, 22));
            assertThat(deal.date().precision()).isEqualTo(DatePrecision.DAY);
            assertThat(deal.status()).isEqualTo(DealStatus.ANNOUNCED);
            assertThat(deal.origin().row()).isEqualTo(4);
        });
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void frenchHeadersAndFrenchAmountsAreRead() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Accords",
                row("Date d'annonce", "Investisseur", "Bénéficiaire", "Montant", "Nature", "Statut", "Durée (ans)"),
                row("10/09/2025", "OpenAI", "Oracle", "300 milliards de dollars", "contrat cloud", "signé", 5),
                row("22/09/2025", "Nvidia", "OpenAI", "jusqu'à 100 milliards", "investissement", "annoncé", null),
                row("02/02/2026", "Amazon", "OpenAI", "plus de 10, jusqu'à 20 milliards", "investissement", "en discussion", null)));
        assertThat(d.issues()).isEmpty();
        assertThat(d.deals()).extracting(Deal::amountUsd).containsExactly(3.0e11, 1.0e11, 1.5e10);
        assertThat(d.deals()).extracting(Deal::status)
                .containsExactly(DealStatus.SIGNED, DealStatus.ANNOUNCED, DealStatus.TALKS);
        assertThat(d.deals()).extracting(Deal::type)
                .containsExactly(DealType.CLOUD_CONTRACT, DealType.EQUITY_INVESTMENT, DealType.EQUITY_INVESTMENT);
        assertThat(d.deals().get(0).termYears()).isEqualTo(5.0);
        // A French sheet reads 02/02/2026-style dates day first; 22/09 settles it anyway.
        assertThat(d.deals().get(0).date().date()).isEqualTo(LocalDate.of(2025, 9, 10));
    }

    @Test
    void blankRowsTotalsAndNotesAreSkipped() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100),
                row(),
                row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300),
                row("Total", null, null, 400),
                row("Sous-total", null, null, 400),
                row("Grand total", null, null, 400),
                row("Source: company reports, amounts in USD bn")));
        assertThat(d.deals()).hasSize(2);
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void aCompanyWhoseNameStartsWithTotalIsNotATotalsRow() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                row("Payer", "Recipient", "Date", "Amount"),
                row("TotalEnergies", "OpenAI", LocalDate.of(2025, 1, 2), 5)));
        assertThat(d.deals()).singleElement().extracting(Deal::payer).isEqualTo("TotalEnergies");
    }

    @Test
    void aRowWithARejectedCellIsNotImportedAndTheCellIsNamed() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", "abc"),
                row(LocalDate.of(2025, 9, 10), "OpenAI", "Oracle", 300)));
        assertThat(d.deals()).hasSize(1);
        ImportIssue issue = only(d.rejected());
        assertThat(issue.file()).isEqualTo("deals.xlsx");
        assertThat(issue.sheet()).isEqualTo("Deals");
        assertThat(issue.cell()).isEqualTo("D2");
        assertThat(issue.value()).isEqualTo("abc");
        assertThat(issue.message()).isNotBlank();
    }

    @Test
    void missingPayerOrUnreadableDateRejectsTheRowOnThatCell() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), null, "OpenAI", 100),
                row("someday", "Nvidia", "OpenAI", 100)));
        assertThat(d.deals()).isEmpty();
        assertThat(d.rejected()).extracting(ImportIssue::cell).containsExactly("B2", "A3");
        assertThat(d.rejected().get(0).value()).isEmpty();
    }

    @Test
    void unknownStatusRejectsButUnknownTypeBecomesOtherWithAWarning() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "equity investment", "rumoured"),
                row(LocalDate.of(2025, 9, 23), "Nvidia", "OpenAI", 100, "friendship", "signed")));
        assertThat(d.deals()).singleElement().extracting(Deal::type).isEqualTo(DealType.OTHER);
        assertThat(only(d.rejected()).cell()).isEqualTo("F2");
        assertThat(only(d.warnings()).cell()).isEqualTo("E3");
    }

    @Test
    void aCompanyPayingItselfIsImportedWithAWarningOnTheRecipient() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), "Nvidia", "NVIDIA Corp", 100)));
        assertThat(d.deals()).singleElement().satisfies(deal -> assertThat(deal.isSelfDeal()).isTrue());
        assertThat(only(d.warnings()).cell()).isEqualTo("C2");
    }

    @Test
    void theSameDealTwiceIsKeptOnceWithAWarningOnTheLaterPayerCell() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100),
                row(LocalDate.of(2025, 9, 22), "NVIDIA", "OpenAI Inc.", "$100B"),
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 101)));
        assertThat(d.deals()).hasSize(2);
        ImportIssue w = only(d.warnings());
        assertThat(w.cell()).isEqualTo("B3");
        assertThat(w.message()).contains("B2");
    }

    @Test
    void undisclosedAmountsAreKept() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 10, 6), "OpenAI", "AMD", "undisclosed"),
                row(LocalDate.of(2025, 10, 6), "AMD", "OpenAI", null)));
        assertThat(d.deals()).hasSize(2).allSatisfy(deal -> assertThat(deal.isDisclosed()).isFalse());
        assertThat(d.issues()).isEmpty();
    }

    @Test
    void formulaCellsUseTheirCachedValuesAndErrorsAreRejected() {
        Path file = TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", "=50*2"),
                row(LocalDate.of(2025, 9, 23), "Nvidia", "OpenAI", "=1/0"),
                row(LocalDate.of(2025, 9, 24), "Nvidia", "OpenAI", "=#REF!+1"))
                .evaluateFormulas().writeXlsx(dir.resolve("formulas.xlsx"));
        Dataset d = Importer.importFiles(List.of(file), ImportOptions.defaults()).dataset();
        assertThat(d.deals()).singleElement().extracting(Deal::amountUsd).isEqualTo(1.0e11);
        assertThat(d.rejected()).extracting(ImportIssue::cell).containsExactly("D3", "D4");
        assertThat(d.rejected()).extracting(ImportIssue::value).containsExactly("#DIV/0!", "#REF!");
    }

    @Test
    void aFormulaWithNoCachedValueIsRejected() {
        Path file = TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", "=50*2")).writeXlsx(dir.resolve("nocache.xlsx"));
        Dataset d = Importer.importFiles(List.of(file), ImportOptions.defaults()).dataset();
        assertThat(d.deals()).isEmpty();
        assertThat(only(d.rejected()).cell()).isEqualTo("D2");
    }

    @Test
    void slashDatesAreDecidedByTheFirstValueWithAPartAbove12() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row("03/04/2025", "A", "B", 1),
                row("25/04/2025", "A", "C", 1),
                row("04/25/2025", "A", "D", 1)));
        assertThat(d.deals()).extracting(deal -> deal.date().date())
                .containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 25));
        ImportIssue rejected = only(d.rejected());
        assertThat(rejected.cell()).isEqualTo("A4");
        assertThat(rejected.message()).contains("A3");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void anAmbiguousColumnInAnEnglishSheetIsReadMonthFirstWithOneWarningOnItsHeader() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row("03/04/2025", "A", "B", 1),
                row("05/06/2025", "A", "C", 1)));
        assertThat(d.deals()).extracting(deal -> deal.date().date())
                .containsExactly(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 5, 6));
        assertThat(only(d.warnings()).cell()).isEqualTo("A1");
    }

    @Test
    void monthOnlyTextGivesMonthPrecisionAndSerialNumbersAreDates() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                DEAL_HEADER,
                row("2025-08", "SoftBank", "Nvidia", 3),
                row("Sept 2025", "SoftBank", "OpenAI", 3),
                row(45922, "Nvidia", "OpenAI", 100)));
        assertThat(d.issues()).isEmpty();
        assertThat(d.deals().get(0).date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.deals().get(0).date().date()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(d.deals().get(1).date().date()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(d.deals().get(2).date().date()).isEqualTo(LocalDate.of(2025, 9, 22));
    }

    @Test
    void theWorkbooks1904DateSystemIsHonoured() {
        Path file = TestWorkbooks.create().date1904().sheet("Deals",
                DEAL_HEADER,
                row(44460, "Nvidia", "OpenAI", 100)).writeXlsx(dir.resolve("mac.xlsx"));
        Dataset d = Importer.importFiles(List.of(file), ImportOptions.defaults()).dataset();
        // 44460 days after 1904-01-01 is 2025-09-22 (1462 days later than the 1900 system).
        assertThat(d.deals()).singleElement().extracting(deal -> deal.date().date()).isEqualTo(LocalDate.of(2025, 9, 22));
    }

    @Test
    void revenuesWithStartAndEndAndTheLaterDuplicateWins() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Revenues",
                row("Company", "Period", "Start", "End", "Amount", "Currency", "Metric"),
                row("OpenAI", "H1 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 4.3, "USD bn", "revenue"),
                row("OpenAI", "H1 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 4.5, "USD bn", "revenue"),
                row("Meta", "FY2024", null, null, 80, "USD bn", "EBITDA"),
                row("Meta", "FY2024", null, null, 164.5, "USD bn", null)));
        assertThat(d.revenues()).hasSize(3);
        RevenuePeriod openai = d.revenues().stream().filter(r -> r.company().equals("OpenAI")).findFirst().orElseThrow();
        assertThat(openai.amountUsd()).isCloseTo(4.5e9, within(1.0));
        assertThat(openai.months()).isEqualTo(6);
        ImportIssue w = only(d.warnings());
        assertThat(w.cell()).isEqualTo("E3");
        assertThat(w.message()).contains("E2");
        assertThat(d.revenues()).filteredOn(RevenuePeriod::isRevenue).hasSize(2);
        RevenuePeriod meta = d.revenues().get(2);
        assertThat(meta.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(meta.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aPeriodUnder15DaysIsRejectedOnItsPeriodCell() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Revenues",
                row("Company", "Amount", "Start", "End"),
                row("OpenAI", 1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10))));
        assertThat(d.revenues()).isEmpty();
        assertThat(only(d.rejected()).cell()).isEqualTo("D2");
    }

    @Test
    void otherCurrenciesNeedARate() {
        Dataset d = importXlsx(TestWorkbooks.create()
                .sheet("Revenues",
                        row("Company", "Period", "Amount", "Currency"),
                        row("SoftBank", "FY2024", 7240, "JPY bn"),
                        row("Mistral AI", "FY2024", 0.1, "EUR bn"))
                .sheet("Rates",
                        row("Currency", "Rate (USD per unit)"),
                        row("JPY", 0.0066)));
        assertThat(d.revenues()).singleElement().satisfies(r -> {
            assertThat(r.company()).isEqualTo("SoftBank");
            assertThat(r.amountUsd()).isCloseTo(7240e9 * 0.0066, within(1.0));
        });
        ImportIssue rejected = only(d.rejected());
        assertThat(rejected.cell()).isEqualTo("D3");
        assertThat(rejected.message()).contains("EUR");
    }

    @Test
    void aliasesResolveAndTheCompaniesSheetNameIsCanonical() {
        Dataset d = importXlsx(TestWorkbooks.create()
                .sheet("Deals", DEAL_HEADER,
                        row(LocalDate.of(2025, 6, 10), "OpenAI", "Google", "undisclosed"),
                        row(LocalDate.of(2025, 8, 21), "Meta Platforms", "GOOGLE", 10))
                .sheet("Companies",
                        row("Company", "Aliases", "Ticker", "Benchmark"),
                        row("Alphabet", "Google; Alphabet Inc.", "GOOGL", "SPX"),
                        row("Meta", "Meta Platforms; Facebook", "META", "SPX"),
                        row("Facebook Inc", "FB", null, null),
                        row("Oracle", "Google", "ORCL", null)));
        assertThat(d.deals()).extracting(Deal::recipient).containsExactly("Alphabet", "Alphabet");
        assertThat(d.deals().get(1).payer()).isEqualTo("Meta");
        assertThat(d.companies()).containsOnlyKeys("Alphabet", "Meta", "OpenAI");
        Company alphabet = d.companies().get("Alphabet");
        assertThat(alphabet.ticker()).isEqualTo("GOOGL");
        assertThat(alphabet.benchmark()).isEqualTo("SPX");
        assertThat(only(d.warnings()).cell()).isEqualTo("A4");
        assertThat(only(d.rejected()).cell()).isEqualTo("B5");
    }

    @Test
    void theFirstSpellingSeenIsCanonicalAndSuffixesAreFolded() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals", DEAL_HEADER,
                row(LocalDate.of(2025, 9, 22), " Nvidia Corporation ", "OpenAI", 100),
                row(LocalDate.of(2025, 9, 10), "Open AI", "NVIDIA", 300)));
        assertThat(d.companies()).containsOnlyKeys("Nvidia Corporation", "OpenAI");
        assertThat(d.deals().get(1).payer()).isEqualTo("OpenAI");
        assertThat(d.deals().get(1).recipient()).isEqualTo("Nvidia Corporation");
    }

    @Test
    void longAndWidePriceSheetsAreRead() {
        Dataset d = importXlsx(TestWorkbooks.create()
                .sheet("Prices", row("Date", "Ticker", "Close"),
                        row(LocalDate.of(2025, 10, 3), "AMD", 164.67),
                        row(LocalDate.of(2025, 10, 6), "AMD", 203.71),
                        row(LocalDate.of(2025, 10, 6), "AMD", 999))
                .sheet("Wide", row("Date", "NVDA", "SPX"),
                        row(LocalDate.of(2025, 10, 3), 187.62, 6715.79),
                        row(LocalDate.of(2025, 10, 6), 185.54, 6740.28)));
        assertThat(d.prices()).containsOnlyKeys("AMD", "NVDA", "SPX");
        assertThat(d.prices().get("AMD").size()).isEqualTo(2);
        assertThat(d.prices().get("AMD").close(1)).isEqualTo(203.71);
        assertThat(d.prices().get("SPX").close(0)).isEqualTo(6715.79);
        assertThat(only(d.warnings()).cell()).isEqualTo("C4");
    }

    @Test
    void aWorkbookWithNoRecognisedSheetGetsOneWarningWithoutSheetOrCell() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Notes", row("Hello"), row("world")));
        ImportIssue w = only(d.issues());
        assertThat(w.severity()).isEqualTo(ImportIssue.Severity.WARNING);
        assertThat(w.sheet()).isNull();
        assertThat(w.cell()).isNull();
    }

    @Test
    void twoColumnsForOneFieldKeepTheLeftmostAndWarnOnTheOther() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                row("Date", "Payer", "Recipient", "Amount", "Value"),
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, 7)));
        assertThat(d.deals()).singleElement().extracting(Deal::amountUsd).isEqualTo(100.0);
        assertThat(only(d.warnings()).cell()).isEqualTo("E1");
    }

    @Test
    void mergedHeaderCellsSpanningTwoRowsAreRead() {
        Path file = TestWorkbooks.create().sheet("Deals",
                        row("Date", "Payer", "Recipient", "Amount", null),
                        row(null, null, null, "USD bn", "As written"),
                        row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI", 100, "100 milliards"))
                .merge("Deals", "A1:A2").merge("Deals", "B1:B2").merge("Deals", "C1:C2").merge("Deals", "D1:E1")
                .writeXlsx(dir.resolve("merged.xlsx"));
        Dataset d = Importer.importFiles(List.of(file), ImportOptions.defaults()).dataset();
        assertThat(d.issues()).isEmpty();
        assertThat(d.deals()).singleElement().extracting(Deal::amountUsd).isEqualTo(1.0e11);
    }

    @Test
    void talksAreImportedAndEmptyStatusIsAnnounced() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals", DEAL_HEADER,
                row(LocalDate.of(2026, 2, 2), "Nvidia", "OpenAI", "up to 30", "equity investment", "talks"),
                row(LocalDate.of(2026, 2, 2), "Microsoft", "OpenAI", "less than 10", "equity investment", null)));
        assertThat(d.deals()).extracting(Deal::status).containsExactly(DealStatus.TALKS, DealStatus.ANNOUNCED);
        assertThat(d.deals()).extracting(Deal::amountUsd).containsExactly(3.0e10, 1.0e10);
    }

    @Test
    void aDealsSheetWithoutAnAmountColumnGivesUndisclosedDeals() {
        Dataset d = importXlsx(TestWorkbooks.create().sheet("Deals",
                row("Date", "Payer", "Recipient"),
                row(LocalDate.of(2025, 9, 22), "Nvidia", "OpenAI")));

        assertThat(d.issues()).isEmpty();
        assertThat(d.deals()).hasSize(1);
        assertThat(d.deals().get(0).isDisclosed()).isFalse();
    }
}
