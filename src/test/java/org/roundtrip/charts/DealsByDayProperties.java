package org.roundtrip.charts;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.SourceRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactions chart names the deal behind each move from an index ({@link PriceReactionChart.DealsByDay});
 * it must name what a scan of every deal names: the latest deal of the company announced on the day of the
 * move or up to a week before, the first read of several that day, none for month-only dates.
 */
class DealsByDayProperties {

    private static final String[] NAMES = {"A", "B", "C", "D"};

    @Property(tries = 500)
    void namesWhatAScanOfEveryDealNames(@ForAll long seed, @ForAll @IntRange(min = 0, max = 120) int count) {
        Random random = new Random(seed);
        SourceRef origin = new SourceRef("f.xlsx", "Deals", 2);
        LocalDate start = LocalDate.of(2025, 1, 1);
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = start.plusDays(random.nextInt(40));
            DealDate date = random.nextInt(8) == 0 ? DealDate.ofMonth(day.getYear(), day.getMonthValue())
                    : DealDate.ofDay(day);
            String payer = NAMES[random.nextInt(NAMES.length)];
            String recipient = random.nextInt(10) == 0 ? payer : NAMES[random.nextInt(NAMES.length)];
            deals.add(new Deal(date, payer, recipient, 1e9, "", "USD",
                    DealType.OTHER, Double.NaN, DealStatus.SIGNED, "n" + i, "", origin));
        }
        List<StockReaction> reactions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reactions.add(new StockReaction(start.plusDays(random.nextInt(50)), NAMES[random.nextInt(NAMES.length)],
                    "T", random.nextGaussian(), null));
        }
        PriceReactionChart.DealsByDay index = new PriceReactionChart.DealsByDay(deals, reactions);
        for (StockReaction r : reactions) {
            assertThat(index.dealName(r)).as("%s on %s", r.company(), r.date()).isEqualTo(scan(r, deals));
        }
    }

    /** The scan of every deal the index replaces. */
    private static Optional<String> scan(StockReaction r, List<Deal> deals) {
        return deals.stream()
                .filter(d -> d.date().isDay() && (d.payer().equals(r.company()) || d.recipient().equals(r.company())))
                .filter(d -> !d.date().date().isAfter(r.date()) && !d.date().date().plusDays(7).isBefore(r.date()))
                .max(Comparator.comparing(d -> d.date().date()))
                .map(d -> d.payer() + "–" + d.recipient());
    }
}
