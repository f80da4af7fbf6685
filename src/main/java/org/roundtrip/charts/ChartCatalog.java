package org.roundtrip.charts;

import org.jfree.chart.JFreeChart;
import org.roundtrip.analysis.Analysis;
import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Coverage;
import org.roundtrip.analysis.CoverageNeed;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.EventStudy;
import org.roundtrip.analysis.EventStudyResult;
import org.roundtrip.analysis.StressResult;
import org.roundtrip.analysis.StressTest;
import org.roundtrip.analysis.Summary;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every chart of DESIGN.md by name, built from one dataset: the one entry point the window and the
 * exporters share. Analyses run once, when a chart first needs them; an instance is not thread-safe.
 */
public final class ChartCatalog {

    /** The chart names of DESIGN.md, in the order a deck shows them. */
    public static final List<String> NAMES = List.of("ratios", "timeline", "network", "reactions", "event-study",
            "coverage", "stress", "cycles");

    /**
     * Lines of key figures at most for the charts with one line per reaction or event (the largest
     * moves): speaker notes of thousands of lines help no one, and formatting them took seconds on
     * 100,000 deals.
     */
    static final int MAX_KEY_FIGURES = 20;

    private final Dataset dataset;
    private final AnalysisOptions options;
    private final Choices choices;
    private final ChartText text;
    private Summary summary;
    private List<Deal> counted;
    private List<CoverageNeed> coverage;
    private List<EventStudyResult> eventStudy;
    private List<EventStudyResult> estimatedEvents;
    private StressResult stress;

    /**
     * What a presenter may choose beyond the analysis options.
     *
     * @param stressCompany   the company failed in the stress chart, or null for the one with the largest
     *                        outgoing commitments
     * @param coverageYear    the year by which revenue should cover commitments
     * @param titles          chart name → title that replaces the default, never null
     * @param locale          the language of every title, label, takeaway and key figure (see {@link ChartText}:
     *                        French for a French locale, English otherwise), never null
     */
    public record Choices(String stressCompany, int coverageYear, Map<String, String> titles, Locale locale) {
        public Choices {
            titles = Map.copyOf(titles);
            Objects.requireNonNull(locale, "locale");
        }

        /** In English, whatever the JVM's default locale: what exports have always written. */
        public Choices(String stressCompany, int coverageYear, Map<String, String> titles) {
            this(stressCompany, coverageYear, titles, Locale.ENGLISH);
        }

        /** The largest committer, 2030, the default titles, in English. */
        public static Choices defaults() {
            return new Choices(null, Coverage.DEFAULT_TARGET_YEAR, Map.of());
        }

        /** These choices in {@code locale}'s language. */
        public Choices withLocale(Locale locale) {
            return new Choices(stressCompany, coverageYear, titles, locale);
        }
    }

    public ChartCatalog(Dataset dataset, AnalysisOptions options, Choices choices) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.options = Objects.requireNonNull(options, "options");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.text = ChartText.of(choices.locale());
    }

    /** As {@link #ChartCatalog(Dataset, AnalysisOptions, Choices)}, in {@code locale}'s language. */
    public ChartCatalog(Dataset dataset, AnalysisOptions options, Choices choices, Locale locale) {
        this(dataset, options, Objects.requireNonNull(choices, "choices").withLocale(locale));
    }

    /** The words and number formats of this catalog's language. */
    public ChartText text() {
        return text;
    }

    /** Whether {@code name} is one of {@link #NAMES}. */
    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    /**
     * The chart called {@code name} with its takeaway and key figures.
     *
     * @throws IllegalArgumentException when {@code name} is not one of {@link #NAMES}
     */
    public PresentedChart create(String name, ChartTheme theme) {
        Objects.requireNonNull(theme, "theme");
        return switch (name) {
            case "ratios" -> ratios(theme, true);
            case "timeline" -> present(name, () -> OutflowTimelineChart.create(counted(), summary().companies(), text,
                    theme), OutflowTimelineChart.takeaway(summary().companies(), text), topAnnualRatios());
            case "network" -> present(name, () -> MoneyFlowNetworkChart.create(counted(), summary().companies(),
                    summary().cycles().cycles(), text, theme),
                    MoneyFlowNetworkChart.takeaway(counted(), summary().cycles().cycles(), text), largestDeals());
            case "reactions" -> present(name, () -> PriceReactionChart.create(dataset, summary().reactions(),
                    counted(), text, theme), PriceReactionChart.takeaway(summary().reactions(), counted(), text),
                    reactionLines());
            case "event-study" -> present(name, () -> EventStudyChart.ofEstimated(estimatedEvents(), text, theme),
                    EventStudyChart.takeawayOfEstimated(estimatedEvents(), text), eventLines());
            case "coverage" -> present(name, () -> CoverageChart.create(coverage(), choices.coverageYear(), text,
                    theme), CoverageChart.takeaway(coverage(), choices.coverageYear(), text), coverageLines());
            case "stress" -> stressChart(theme);
            case "cycles" -> present(name, () -> CycleChart.create(summary().cycles(), text, theme),
                    CycleChart.takeaway(summary().cycles(), text), cycleLines());
            default -> throw new IllegalArgumentException("unknown chart " + name + "; known: " + String.join(", ", NAMES));
        };
    }

    /**
     * The ratio chart ({@code "ratios"}) with a logarithmic value axis, as {@link #create} makes it, or
     * a linear one: the window lets the user choose.
     */
    public PresentedChart ratios(ChartTheme theme, boolean logAxis) {
        Objects.requireNonNull(theme, "theme");
        return present("ratios", () -> CommitmentRatioChart.create(summary().companies(), logAxis, text, theme),
                ratiosTakeaway(), topRatios(5));
    }

    /** The figures of {@code summary}, computed once. */
    public Summary summary() {
        if (summary == null) {
            summary = Analysis.summarize(dataset, options);
        }
        return summary;
    }

    /** The event study of every announcement, computed once. */
    public List<EventStudyResult> eventStudy() {
        if (eventStudy == null) {
            eventStudy = EventStudy.compute(dataset, options);
        }
        return eventStudy;
    }

    /** The event study's estimates, one per company and t0 (what its chart shows), picked once. */
    private List<EventStudyResult> estimatedEvents() {
        if (estimatedEvents == null) {
            estimatedEvents = EventStudyChart.estimated(eventStudy());
        }
        return estimatedEvents;
    }

    /** Coverage for {@link Choices#coverageYear()}, computed once. */
    public List<CoverageNeed> coverage() {
        if (coverage == null) {
            coverage = Coverage.compute(dataset, options, choices.coverageYear());
        }
        return coverage;
    }

    /**
     * The stress test of {@link Choices#stressCompany()}, or of the largest committer; null when the
     * dataset has no company with commitments.
     */
    public StressResult stress() {
        if (stress == null) {
            String failing = choices.stressCompany() != null ? choices.stressCompany()
                    : summary().companies().stream().filter(c -> c.outgoingUsd() > 0)
                    .max(Comparator.comparingDouble(CompanyFigures::outgoingUsd)).map(CompanyFigures::name).orElse(null);
            if (failing != null) {
                stress = StressTest.run(dataset, options, failing);
            }
        }
        return stress;
    }

    /** Counted deals that are not self-deals, as every figure uses them. */
    public List<Deal> counted() {
        if (counted == null) {
            counted = Analysis.countedDeals(dataset, options);
        }
        return counted;
    }

    private PresentedChart stressChart(ChartTheme theme) {
        StressResult result = stress();
        if (result == null) {
            StressResult nobody = new StressResult(StressTest.DEFAULT_THRESHOLD, List.of(), List.of());
            return present("stress", () -> StressChart.create(nobody, text, theme),
                    text.text("stress.noCommitments"), List.of());
        }
        List<String> notes = new ArrayList<>(StressChart.rounds(result, text));
        result.losses().stream().filter(l -> l.lostInflowsUsd() > 0)
                .sorted(Comparator.comparingDouble(l -> -l.lostInflowsUsd()))
                .forEach(l -> notes.add(l.revenueShare() == null
                        ? text.text("stress.figure", l.company(), text.usd(l.lostInflowsUsd()))
                        : text.text("stress.figure.share", l.company(), text.usd(l.lostInflowsUsd()),
                        text.percent(l.revenueShare()))));
        return present("stress", () -> StressChart.create(result, text, theme),
                StressChart.takeaway(result, text), notes);
    }

    private PresentedChart present(String name, Supplier<JFreeChart> build, String takeaway, List<String> keyFigures) {
        JFreeChart chart = build.get();
        String title = choices.titles().get(name);
        if (title != null) {
            chart.setTitle(title);
        }
        return new PresentedChart(name, chart.getTitle() == null ? name : chart.getTitle().getText(), takeaway,
                keyFigures, chart);
    }

    private String ratiosTakeaway() {
        return summary().companies().stream().filter(c -> c.ratio() != null && c.ratio() > 0)
                .max(Comparator.comparing(CompanyFigures::ratio))
                .map(c -> text.text("ratios.takeaway", c.name(), text.times(c.ratio()), text.usd(c.outgoingUsd()),
                        text.usd(c.annualRevenueUsd())))
                .orElse(text.text("ratios.takeaway.none"));
    }

    private List<String> topRatios(int n) {
        return summary().companies().stream().filter(c -> c.ratio() != null)
                .sorted(Comparator.comparing(CompanyFigures::ratio).reversed()).limit(n)
                .map(c -> text.text("ratios.figure", c.name(), text.times(c.ratio()), text.usd(c.outgoingUsd()),
                        text.usd(c.annualRevenueUsd())))
                .toList();
    }

    private List<String> topAnnualRatios() {
        return summary().companies().stream().filter(c -> c.annualRatio() != null && c.annualOutgoingUsd() > 0)
                .sorted(Comparator.comparing(CompanyFigures::annualRatio).reversed()).limit(5)
                .map(c -> text.text("timeline.figure", c.name(), text.usd(c.annualOutgoingUsd()),
                        text.times(c.annualRatio())))
                .toList();
    }

    private List<String> largestDeals() {
        return Largest.of(counted().stream().filter(Deal::isDisclosed).toList(), Deal::amountUsd, 5).stream()
                .map(d -> text.text("network.figure", d.payer(), d.recipient(), text.usd(d.amountUsd()),
                        text.dealType(d.type()), text.day(d.date().date())))
                .toList();
    }

    private List<String> reactionLines() {
        // a few lines for the speaker notes: the largest moves, in date order
        return PriceReactionChart.largest(summary().reactions(), MAX_KEY_FIGURES).stream()
                .map(r -> r.abnormal() == null
                        ? text.text("reactions.figure", text.day(r.date()), r.company(), r.ticker(),
                        text.signedPercent(r.returnFraction()))
                        : text.text("reactions.figure.abnormal", text.day(r.date()), r.company(), r.ticker(),
                        text.signedPercent(r.returnFraction()), text.signedPercent(r.abnormal())))
                .toList();
    }

    private List<String> eventLines() {
        List<String> lines = new ArrayList<>();
        for (EventStudyResult r : EventStudyChart.largest(estimatedEvents(), MAX_KEY_FIGURES)) {
            Object[] figures = {r.company(), text.day(r.estimate().t0()), text.signedPercent(r.estimate().car()),
                text.signedPercent(r.estimate().confidenceLow()), text.signedPercent(r.estimate().confidenceHigh()),
                r.estimate().tStatistic() == null ? "" : text.oneDecimal(r.estimate().tStatistic())};
            lines.add(text.text(r.estimate().tStatistic() == null ? "eventStudy.figure" : "eventStudy.figure.t",
                    figures));
        }
        return lines;
    }

    private List<String> coverageLines() {
        return coverage().stream().filter(n -> n.requiredGrowth() != null)
                .sorted(Comparator.comparing(CoverageNeed::requiredGrowth).reversed())
                .map(n -> text.text("coverage.figure", n.company(), text.percent(n.requiredGrowth()), n.fromYear(),
                        text.usd(n.annualRevenueUsd()), text.usd(n.annualOutgoingUsd())))
                .toList();
    }

    private List<String> cycleLines() {
        return summary().cycles().cycles().stream().limit(10)
                .map((Cycle c) -> text.text("cycles.figure", String.join(" → ", c.path()),
                        c.circulatingUsd() == null ? text.text("cycles.figure.undisclosed") : text.usd(c.circulatingUsd())))
                .toList();
    }
}
