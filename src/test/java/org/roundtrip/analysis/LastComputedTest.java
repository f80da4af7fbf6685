package org.roundtrip.analysis;

import org.junit.jupiter.api.Test;
import org.roundtrip.model.Dataset;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LastComputedTest {

    private static Dataset empty() {
        return new Dataset(List.of(), List.of(), Map.of(), Map.of(), List.of());
    }

    @Test
    void computesOnceForTheSameDatasetAndKeyAndAgainForAnyOther() {
        LastComputed<String, Object> last = new LastComputed<>();
        AtomicInteger computed = new AtomicInteger();
        Dataset one = empty();
        Dataset equalButAnother = empty();
        assertThat(one).isEqualTo(equalButAnother);
        Object first = last.get(one, "a", () -> "value " + computed.incrementAndGet());
        assertThat(last.get(one, "a", () -> "value " + computed.incrementAndGet())).isSameAs(first);
        assertThat(computed).hasValue(1);
        // another dataset object, even an equal one, is another filter's: computed again
        assertThat(last.get(equalButAnother, "a", () -> "value " + computed.incrementAndGet())).isEqualTo("value 2");
        assertThat(last.get(equalButAnother, "b", () -> "value " + computed.incrementAndGet())).isEqualTo("value 3");
        // only the last is kept
        assertThat(last.get(equalButAnother, "a", () -> "value " + computed.incrementAndGet())).isEqualTo("value 4");
    }

    @Test
    void theCountedDealsFollowTheOptions() {
        Dataset sample = TestData.data().deal("Nvidia", "OpenAI", 100)
                .deal("OpenAI", "Broadcom", 5, Double.NaN, org.roundtrip.model.DealStatus.TALKS,
                        org.roundtrip.model.DealDate.ofDay(TestData.DAY))
                .build();
        List<org.roundtrip.model.Deal> signed = CountedDeals.between(sample, AnalysisOptions.defaults());
        List<org.roundtrip.model.Deal> withTalks = CountedDeals.between(sample,
                new AnalysisOptions(true, 6, 1000, null));
        assertThat(signed).hasSize(1);
        assertThat(withTalks).hasSize(2);
        assertThat(CountedDeals.between(sample, AnalysisOptions.defaults())).isEqualTo(signed);
    }
}
