package org.roundtrip.workspace;

import org.roundtrip.model.Dataset;
import org.roundtrip.model.PriceSeries;

import static org.assertj.core.api.Assertions.assertThat;

/** Dataset equality for tests: {@link PriceSeries} has no {@code equals}, so its days and closes are compared here. */
final class Datasets {

    private Datasets() {
    }

    static void assertSame(Dataset actual, Dataset expected) {
        assertThat(actual.deals()).containsExactlyElementsOf(expected.deals());
        assertThat(actual.revenues()).containsExactlyElementsOf(expected.revenues());
        assertThat(actual.companies()).isEqualTo(expected.companies());
        assertThat(actual.issues()).containsExactlyElementsOf(expected.issues());
        assertThat(actual.prices().keySet()).isEqualTo(expected.prices().keySet());
        for (PriceSeries e : expected.prices().values()) {
            PriceSeries a = actual.prices().get(e.ticker());
            assertThat(a.ticker()).isEqualTo(e.ticker());
            assertThat(a.size()).as(e.ticker()).isEqualTo(e.size());
            for (int i = 0; i < e.size(); i++) {
                assertThat(a.date(i)).isEqualTo(e.date(i));
                assertThat(a.close(i)).isEqualTo(e.close(i));
            }
        }
    }
}
