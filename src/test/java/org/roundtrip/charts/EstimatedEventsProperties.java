package org.roundtrip.charts;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.roundtrip.analysis.EventEstimate;
import org.roundtrip.analysis.EventStudyResult;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.SourceRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The event study chart keeps the first estimate of each company and t0, in the results' order, as a set of pairs would. */
class EstimatedEventsProperties {

    private static final String[] NAMES = {"AMD", "amd", "Nvidia", "OpenAI", "Oracle", "Company 001", "Company 010"};

    @Property(tries = 300)
    void firstOfEachCompanyAndT0InOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int count,
                                        @ForAll boolean centuriesApart) {
        Random random = new Random(seed);
        SourceRef origin = new SourceRef("f.xlsx", "Deals", 2);
        LocalDate start = LocalDate.of(1800, 1, 1);
        int spread = centuriesApart ? 200_000 : 12;
        List<EventStudyResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate t0 = start.plusDays(random.nextInt(spread));
            Deal deal = new Deal(DealDate.ofDay(t0), "A", "B", 1e9, "", "USD", DealType.OTHER, Double.NaN,
                    DealStatus.SIGNED, "", "", origin);
            EventEstimate estimate = random.nextInt(4) == 0 ? null
                    : new EventEstimate(t0, 100, 0, 1, 0.01, List.of(), i, null, i - 1, i + 1);
            results.add(new EventStudyResult(deal, NAMES[random.nextInt(NAMES.length)], "T", "IDX", estimate,
                    estimate == null ? "skipped" : null));
        }
        record Event(String company, LocalDate t0) {
        }
        Set<Event> seen = new HashSet<>();
        List<EventStudyResult> expected = results.stream().filter(EventStudyResult::isEstimated)
                .filter(r -> seen.add(new Event(r.company(), r.estimate().t0()))).toList();
        List<EventStudyResult> estimated = EventStudyChart.estimated(results);
        assertThat(estimated).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(estimated.get(i)).as("position %d", i).isSameAs(expected.get(i));
        }
    }
}
