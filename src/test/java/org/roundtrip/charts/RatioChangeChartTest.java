package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.roundtrip.analysis.RatioChange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RatioChangeChartTest {

    @Test
    void companiesAreOrderedByTheSizeOfTheirMoveAndCappedAtTheLimit() {
        List<RatioChange> changes = List.of(
                new RatioChange("Meta", 0.23, 0.33, 0.11, 0.16),
                new RatioChange("OpenAI", 35.78, 41.33, 7.16, 7.71),
                new RatioChange("Amazon", null, 0.02, null, 0.02),
                new RatioChange("Nobody", null, null, null, null));
        JFreeChart chart = RatioChangeChart.create(changes, 2, RatioChangeChart.Labels.ENGLISH, ChartTheme.LIGHT);
        CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
        assertThat(data.getColumnKeys()).containsExactly("OpenAI", "Meta");
        assertThat(data.getValue("Ratio before", "OpenAI").doubleValue()).isEqualTo(35.78);
        assertThat(data.getValue("Ratio now", "OpenAI").doubleValue()).isEqualTo(41.33);
        assertThat(chart.getTitle().getText()).isEqualTo(RatioChangeChart.Labels.ENGLISH.title());
    }

    @Test
    void aRatioThatAppearsMovesByItsWholeValue() {
        assertThat(RatioChangeChart.move(new RatioChange("Amazon", null, 0.5, null, 0.5))).isEqualTo(0.5);
    }
}
