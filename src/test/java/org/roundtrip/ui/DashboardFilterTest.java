package org.roundtrip.ui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtrip.analysis.Analysis;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The one filter every view follows, tested without a window on the bundled sample. */
class DashboardFilterTest {

    private static Dataset sample;

    @BeforeAll
    static void readSample() {
        sample = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset();
    }

    @Test
    void noFilterGivesTheFiguresOfSummary() {
        ViewSnapshot snapshot = ViewSnapshot.compute(sample, DashboardFilter.none(), ViewSnapshot.Choices.defaults(),
                ChartTheme.LIGHT);

        var expected = Analysis.summarize(sample, AnalysisOptions.defaults());
        // talks are filtered out of the deals rather than merely not counted, so only `deals` differs
        assertThat(snapshot.summary().counted()).isEqualTo(expected.counted());
        assertThat(snapshot.summary().companies()).isEqualTo(expected.companies());
        assertThat(snapshot.summary().cycles()).isEqualTo(expected.cycles());
        assertThat(snapshot.summary().reactions()).isEqualTo(expected.reactions());
        assertThat(snapshot.charts()).containsOnlyKeys(ChartCatalog.NAMES);
        assertThat(DashboardFilter.none().isActive()).isFalse();
    }

    @Test
    void showingTalksCountsThem() {
        DashboardFilter withTalks = DashboardFilter.none().withStatuses(EnumSet.allOf(DealStatus.class));

        assertThat(withTalks.options().includeTalks()).isTrue();
        assertThat(withTalks.apply(sample).deals()).hasSize(17);
        assertThat(DashboardFilter.none().options().includeTalks()).isFalse();
        assertThat(DashboardFilter.none().apply(sample).deals()).hasSize(14);
    }

    @Test
    void dateRangeIncludesBothEnds() {
        Deal first = sample.deals().stream().min((a, b) -> a.date().compareTo(b.date())).orElseThrow();
        LocalDate day = first.date().date();
        DashboardFilter oneDay = DashboardFilter.none().withStatuses(EnumSet.allOf(DealStatus.class))
                .withDates(day, day);

        assertThat(oneDay.apply(sample).deals()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.date().date()).isEqualTo(day));
        assertThat(oneDay.isActive()).isTrue();
    }

    @Test
    void aDateRangeBeforeEveryDealLeavesNoDealButKeepsRevenues() {
        Dataset none = DashboardFilter.none().withDates(null, LocalDate.of(2000, 1, 1)).apply(sample);

        assertThat(none.deals()).isEmpty();
        assertThat(none.revenues()).isEqualTo(sample.revenues());
        ViewSnapshot snapshot = ViewSnapshot.compute(sample, DashboardFilter.none().withDates(null,
                LocalDate.of(2000, 1, 1)), ViewSnapshot.Choices.defaults(), ChartTheme.DARK);
        assertThat(snapshot.summary().cycles().cycles()).isEmpty();
        assertThat(snapshot.stressCompany()).isNull();
    }

    @Test
    void aCompanyKeepsItsDealsAndTheirCounterparties() {
        Dataset amd = DashboardFilter.none().withCompanies(Set.of("AMD")).apply(sample);

        assertThat(amd.deals()).isNotEmpty()
                .allSatisfy(d -> assertThat(List.of(d.payer(), d.recipient())).contains("AMD"));
        assertThat(amd.companies()).containsKeys("AMD", "OpenAI").doesNotContainKey("Oracle");
        assertThat(amd.revenues()).allSatisfy(r -> assertThat(r.company()).isIn(amd.companies().keySet()));
    }

    @Test
    void dealTypesLeftOutLeaveTheirDealsOut() {
        Dataset chips = DashboardFilter.none().withTypes(EnumSet.of(DealType.CHIP_PURCHASE)).apply(sample);

        assertThat(chips.deals()).isNotEmpty().allSatisfy(d -> assertThat(d.type()).isEqualTo(DealType.CHIP_PURCHASE));
    }

    @Test
    void theStressTestFailsTheChosenCompanyUnlessItWasFilteredOut() {
        ViewSnapshot.Choices oracle = new ViewSnapshot.Choices(false, "Oracle", 2030);

        assertThat(ViewSnapshot.compute(sample, DashboardFilter.none(), oracle, ChartTheme.LIGHT).stressCompany())
                .isEqualTo("Oracle");
        ViewSnapshot amdOnly = ViewSnapshot.compute(sample, DashboardFilter.none().withCompanies(Set.of("AMD")),
                oracle, ChartTheme.LIGHT);
        assertThat(amdOnly.stressCompany()).isNotEqualTo("Oracle");
    }

    @Test
    void daysAreReadAsIsoDatesAndBlankMeansNoBound() {
        assertThat(FilterBar.parseDay(" 2025-10-06 ")).contains(LocalDate.of(2025, 10, 6));
        assertThat(FilterBar.parseDay("")).isEmpty();
        assertThat(FilterBar.parseDay("06/10/2025")).isEmpty();
    }

    @Test
    void everyChartOfTheSnapshotIsTheCatalogsOwnMadeOnBothCores() {
        for (int round = 0; round < 5; round++) {
            ViewSnapshot snapshot = ViewSnapshot.compute(sample, DashboardFilter.none(), ViewSnapshot.Choices.defaults(),
                    ChartTheme.LIGHT);
            org.roundtrip.charts.ChartCatalog catalog = new org.roundtrip.charts.ChartCatalog(
                    DashboardFilter.none().apply(sample), DashboardFilter.none().options(),
                    new org.roundtrip.charts.ChartCatalog.Choices(null, ViewSnapshot.Choices.defaults().coverageYear(),
                            java.util.Map.of(), java.util.Locale.getDefault()));
            assertThat(snapshot.charts().keySet()).containsExactlyElementsOf(org.roundtrip.charts.ChartCatalog.NAMES);
            for (String name : org.roundtrip.charts.ChartCatalog.NAMES) {
                if (name.equals("ratios")) {
                    continue;  // the window's own linear/log ratio chart, tested above
                }
                var expected = catalog.create(name, ChartTheme.LIGHT);
                var made = snapshot.charts().get(name);
                assertThat(made.title()).as(name).isEqualTo(expected.title());
                assertThat(made.takeaway()).as(name).isEqualTo(expected.takeaway());
                assertThat(made.keyFigures()).as(name).isEqualTo(expected.keyFigures());
            }
        }
    }
}
