package org.roundtrip.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.analysis.TestData.data;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;

class AnalysisTest {

    private static Dataset seeds() {
        LocalDate mon = LocalDate.of(2025, 10, 6);
        return data()
                .deal("Nvidia", "OpenAI", 100)
                .deal("OpenAI", "Oracle", 300, 5, DealStatus.SIGNED, DealDate.ofDay(TestData.DAY))
                .deal("Oracle", "Nvidia", 40)
                .deal("OpenAI", "Broadcom", Double.NaN, Double.NaN, DealStatus.TALKS, DealDate.ofDay(TestData.DAY))
                .deal("Oracle", "Oracle", 1)
                .company("AMD", "AMD", "SPX")
                .dealOn(mon, "OpenAI", "AMD", Double.NaN)
                .prices("AMD", new LocalDate[] {mon.minusDays(3), mon}, new double[] {100, 123.7})
                .revenue("OpenAI", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 4.5, "revenue")
                .build();
    }

    @Test
    void countedIncludesSelfDealsAndFollowsTheTalksOption() {
        Summary summary = Analysis.summarize(seeds(), AnalysisOptions.defaults());
        Summary withTalks = Analysis.summarize(seeds(), new AnalysisOptions(true, 6, 1000, null));

        assertThat(summary.deals()).isEqualTo(6);
        assertThat(summary.counted()).isEqualTo(5);
        assertThat(withTalks.counted()).isEqualTo(6);
    }

    @Test
    void summaryGathersFiguresCyclesAndReactions() {
        Summary summary = Analysis.summarize(seeds(), AnalysisOptions.defaults());

        assertThat(summary.companies()).extracting(CompanyFigures::name)
                .containsExactly("AMD", "Broadcom", "Nvidia", "OpenAI", "Oracle");
        assertThat(summary.cycles().cycles())
                .containsExactly(new Cycle(List.of("Nvidia", "OpenAI", "Oracle", "Nvidia"), 4.0E10));
        assertThat(summary.reactions()).extracting(StockReaction::company).containsExactly("AMD");
        assertThat(summary.reactions().get(0).abnormal()).isNull();  // SPX has no prices
    }

    @Test
    void emptyDatasetGivesAnEmptySummary() {
        Summary summary = Analysis.summarize(Dataset.empty(), AnalysisOptions.defaults());

        assertThat(summary).isEqualTo(new Summary(0, 0, List.of(), new CycleSearchResult(List.of(), false), List.of()));
    }
}
