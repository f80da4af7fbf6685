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

    private final Dataset dataset;
    private final AnalysisOptions options;
    private final Choices choices;
    private Summary summary;
    private List<Deal> counted;
    private List<CoverageNeed> coverage;
    private List<EventStudyResult> eventStudy;
    private StressResult stress;

    /**
     * What a presenter may choose beyond the analysis options.
     *
     * @param stressCompany   the company failed in the stress chart, or null for the one with the largest
     *                        outgoing commitments
     * @param coverageYear    the year by which revenue should cover commitments
     * @param titles          chart name → title that replaces the default, never null
     */
    public record Choices(String stressCompany, int coverageYear, Map<String, String> titles) {
        public Choices {
            titles = Map.copyOf(titles);
        }

        /** The largest committer, 2030, the default titles. */
        public static Choices defaults() {
            return new Choices(null, Coverage.DEFAULT_TARGET_YEAR, Map.of());
        }
    }

    public ChartCatalog(Dataset dataset, AnalysisOptions options, Choices choices) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.options = Objects.requireNonNull(options, "options");
        this.choices = Objects.requireNonNull(choices, "choices");
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
            case "ratios" -> present(name, () -> CommitmentRatioChart.create(summary().companies(), true,
                    CommitmentRatioChart.Labels.ENGLISH, theme), ratiosTakeaway(), topRatios(5));
            case "timeline" -> present(name, () -> OutflowTimelineChart.create(counted(), summary().companies(),
                    OutflowTimelineChart.Labels.ENGLISH, theme), OutflowTimelineChart.takeaway(summary().companies()),
                    topAnnualRatios());
            case "network" -> present(name, () -> MoneyFlowNetworkChart.create(counted(), summary().companies(),
                    summary().cycles().cycles(), MoneyFlowNetworkChart.Labels.ENGLISH, theme),
                    MoneyFlowNetworkChart.takeaway(counted(), summary().cycles().cycles()), largestDeals());
            case "reactions" -> present(name, () -> PriceReactionChart.create(dataset, summary().reactions(),
                    counted(), PriceReactionChart.Labels.ENGLISH, theme),
                    PriceReactionChart.takeaway(summary().reactions(), counted()), reactionLines());
            case "event-study" -> present(name, () -> EventStudyChart.create(eventStudy(),
                    EventStudyChart.Labels.ENGLISH, theme), EventStudyChart.takeaway(eventStudy()), eventLines());
            case "coverage" -> present(name, () -> CoverageChart.create(coverage(), choices.coverageYear(),
                    CoverageChart.Labels.ENGLISH, theme), CoverageChart.takeaway(coverage(), choices.coverageYear()),
                    coverageLines());
            case "stress" -> stressChart(theme);
            case "cycles" -> present(name, () -> CycleChart.create(summary().cycles(), CycleChart.Labels.ENGLISH,
                    theme), CycleChart.takeaway(summary().cycles()), cycleLines());
            default -> throw new IllegalArgumentException("unknown chart " + name + "; known: " + String.join(", ", NAMES));
        };
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
            counted = dataset.deals().stream()
                    .filter(d -> d.isCounted(options.includeTalks()) && !d.isSelfDeal()).toList();
        }
        return counted;
    }

    private PresentedChart stressChart(ChartTheme theme) {
        StressResult result = stress();
        if (result == null) {
            StressResult nobody = new StressResult(StressTest.DEFAULT_THRESHOLD, List.of(), List.of());
            return present("stress", () -> StressChart.create(nobody, StressChart.Labels.ENGLISH, theme),
                    "No company has commitments whose failure could be tested", List.of());
        }
        List<String> notes = new ArrayList<>(StressChart.rounds(result));
        result.losses().stream().filter(l -> l.lostInflowsUsd() > 0)
                .sorted(Comparator.comparingDouble(l -> -l.lostInflowsUsd()))
                .forEach(l -> notes.add(l.company() + " loses " + FigureText.usd(l.lostInflowsUsd())
                        + (l.revenueShare() == null ? "" : " (" + FigureText.percent(l.revenueShare()) + " of revenue)")));
        return present("stress", () -> StressChart.create(result, StressChart.Labels.ENGLISH, theme),
                StressChart.takeaway(result), notes);
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
                .map(c -> c.name() + " has committed " + FigureText.times(c.ratio()) + " its annual revenue ("
                        + FigureText.usd(c.outgoingUsd()) + " against " + FigureText.usd(c.annualRevenueUsd()) + " a year)")
                .orElse("No company has both commitments and a known revenue");
    }

    private List<String> topRatios(int n) {
        return summary().companies().stream().filter(c -> c.ratio() != null)
                .sorted(Comparator.comparing(CompanyFigures::ratio).reversed()).limit(n)
                .map(c -> c.name() + ": " + FigureText.times(c.ratio()) + " (" + FigureText.usd(c.outgoingUsd())
                        + " committed, " + FigureText.usd(c.annualRevenueUsd()) + " revenue a year)")
                .toList();
    }

    private List<String> topAnnualRatios() {
        return summary().companies().stream().filter(c -> c.annualRatio() != null && c.annualOutgoingUsd() > 0)
                .sorted(Comparator.comparing(CompanyFigures::annualRatio).reversed()).limit(5)
                .map(c -> c.name() + ": " + FigureText.usd(c.annualOutgoingUsd()) + " a year, "
                        + FigureText.times(c.annualRatio()) + " its revenue")
                .toList();
    }

    private List<String> largestDeals() {
        return counted().stream().filter(Deal::isDisclosed)
                .sorted(Comparator.comparingDouble(Deal::amountUsd).reversed()).limit(5)
                .map(d -> d.payer() + " → " + d.recipient() + ": " + FigureText.usd(d.amountUsd()) + " ("
                        + d.type().label() + ", " + d.date().date() + ")")
                .toList();
    }

    private List<String> reactionLines() {
        return summary().reactions().stream()
                .map(r -> r.date() + " " + r.company() + " (" + r.ticker() + "): " + FigureText.signedPercent(r.returnFraction())
                        + (r.abnormal() == null ? "" : ", abnormal " + FigureText.signedPercent(r.abnormal())))
                .toList();
    }

    private List<String> eventLines() {
        List<String> lines = new ArrayList<>();
        for (EventStudyResult r : EventStudyChart.estimated(eventStudy())) {
            lines.add(r.company() + " " + r.estimate().t0() + ": CAR " + FigureText.signedPercent(r.estimate().car())
                    + ", 95% CI " + FigureText.signedPercent(r.estimate().confidenceLow()) + " to "
                    + FigureText.signedPercent(r.estimate().confidenceHigh())
                    + (r.estimate().tStatistic() == null ? "" : String.format(Locale.ROOT, ", t = %.1f",
                    r.estimate().tStatistic())));
        }
        return lines;
    }

    private List<String> coverageLines() {
        return coverage().stream().filter(n -> n.requiredGrowth() != null)
                .sorted(Comparator.comparing(CoverageNeed::requiredGrowth).reversed())
                .map(n -> n.company() + ": " + FigureText.percent(n.requiredGrowth()) + " a year from " + n.fromYear()
                        + " (" + FigureText.usd(n.annualRevenueUsd()) + " → " + FigureText.usd(n.annualOutgoingUsd()) + ")")
                .toList();
    }

    private List<String> cycleLines() {
        return summary().cycles().cycles().stream().limit(10)
                .map((Cycle c) -> String.join(" → ", c.path()) + ": "
                        + (c.circulatingUsd() == null ? "undisclosed" : FigureText.usd(c.circulatingUsd())))
                .toList();
    }
}
