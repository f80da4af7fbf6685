package org.roundtrip.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.SourceRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The event study's packed-key order is the stable comparator sort it replaces. */
class EventStudyOrderProperties {

    private static final String[] NAMES = {"AMD", "amd", "Nvidia", "NVIDIA", "OpenAI", "Oracle", "oracle", "Zeta", "Ärzte"};

    @Property(tries = 300)
    void sameOrderAsTheStableComparatorSort(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int count,
                                            @ForAll boolean wideDates) {
        Random random = new Random(seed);
        SourceRef origin = new SourceRef("f.xlsx", "Deals", 2);
        List<EventStudyResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = wideDates ? LocalDate.of(1700, 1, 1).plusDays(random.nextInt(200_000))
                    : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(5));
            Deal deal = new Deal(DealDate.ofDay(day), "A", "B", 1e9, "", "USD", DealType.OTHER, Double.NaN,
                    DealStatus.SIGNED, "", "", origin);
            results.add(new EventStudyResult(deal, NAMES[random.nextInt(NAMES.length)], null, null, null, "r" + i));
        }
        List<EventStudyResult> expected = new ArrayList<>(results);
        expected.sort(EventStudy.BY_DATE_THEN_COMPANY);
        List<EventStudyResult> packed = EventStudy.byDateThenCompany(results);
        assertThat(packed).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(packed.get(i)).as("position %d", i).isSameAs(expected.get(i));
        }
    }
}
