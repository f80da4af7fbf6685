package org.roundtrip.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtrip.analysis.Analysis;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.analysis.Summary;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.ImportIssue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bundled sample read through the whole pipeline gives the story's headline figures. */
class SampleHeadlineFiguresTest {

    private static Dataset dataset;
    private static Summary summary;

    @BeforeAll
    static void readSample() {
        dataset = Importer.importFiles(List.of(Path.of("samples", "ai-circular-financing.xlsx")),
                ImportOptions.defaults()).dataset();
        summary = Analysis.summarize(dataset, AnalysisOptions.defaults());
    }

    private static CompanyFigures company(String name) {
        return summary.companies().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void seventeenDealsFourteenCounted() {
        assertThat(summary.deals()).isEqualTo(17);
        assertThat(summary.counted()).isEqualTo(14);
    }

    @Test
    void openAiHasCommittedAbout36TimesItsAnnualRevenue() {
        CompanyFigures openai = company("OpenAI");
        assertThat(openai.outgoingUsd()).isEqualTo(3.22e11);
        assertThat(openai.incomingUsd()).isEqualTo(1.14e11);
        assertThat(openai.annualOutgoingUsd()).isCloseTo(6.44e10, within(1.0));
        assertThat(openai.annualRevenueUsd()).isEqualTo(9.0e9); // H1 2025 at 4.5 bn, the later estimate, doubled
        assertThat(openai.ratio()).isCloseTo(35.78, within(0.005));
        assertThat(openai.annualRatio()).isCloseTo(7.16, within(0.005));
    }

    @Test
    void softBankRevenueInYenIsConvertedAndMetaEbitdaIsNotRevenue() {
        assertThat(company("SoftBank").annualRevenueUsd()).isCloseTo(7240e9 * 0.0066, within(1e3));
        assertThat(company("Meta").annualRevenueUsd()).isEqualTo(1.645e11);
    }

    @Test
    void theTwoCirclesOfTheStoryAreFound() {
        List<Cycle> cycles = summary.cycles().cycles();
        assertThat(cycles).hasSize(2);
        assertThat(cycles.get(0).path()).containsExactly("Nvidia", "OpenAI", "Oracle", "Nvidia");
        assertThat(cycles.get(0).circulatingUsd()).isEqualTo(4.0e10);
        assertThat(cycles.get(1).path()).containsExactly("AMD", "OpenAI", "AMD");
        assertThat(cycles.get(1).circulatingUsd()).isNull();
        assertThat(summary.cycles().truncated()).isFalse();
    }

    @Test
    void amdJumpedAbout24PercentOnItsOpenAiDeal() {
        StockReaction amd = summary.reactions().stream().filter(r -> r.ticker().equals("AMD")).findFirst().orElseThrow();
        assertThat(amd.date()).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(amd.returnFraction()).isCloseTo(0.24, within(0.001));
        assertThat(amd.abnormal()).isNotNull().isLessThan(amd.returnFraction());
    }

    @Test
    void theOnlyIssueIsTheSecondOpenAiEstimate() {
        assertThat(dataset.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ImportIssue.Severity.WARNING);
            assertThat(i.sheet()).isEqualTo("Revenues");
            assertThat(i.cell()).isEqualTo("E5");
        });
    }
}
