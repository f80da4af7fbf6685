package org.roundtrip.cli;

import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.charts.ChartCatalog;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.charts.PresentedChart;
import org.roundtrip.export.ChartFolder;
import org.roundtrip.export.ChartImages;
import org.roundtrip.export.DeckCover;
import org.roundtrip.export.ExportTarget;
import org.roundtrip.export.PdfReport;
import org.roundtrip.export.SlideDeck;
import org.roundtrip.export.TableWorkbook;
import org.roundtrip.ingest.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code export FILE... --out deck.pptx|report.pdf|tables.xlsx|DIR}: the charts for a presenter, or
 * the tables for a finance team. Exit status as {@code summary}: 1 also when the output cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the charts as a PowerPoint deck, a PDF report or PNG/SVG/PDF files in a folder,"
                + " or the analysis tables as an Excel workbook.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions input = new DatasetOptions();

    @Option(names = "--out", required = true, paramLabel = "deck.pptx|report.pdf|tables.xlsx|DIR",
            description = "Where to write; the extension chooses the format, a folder gets PNG, SVG and PDF per chart.")
    Path out;

    @Option(names = "--charts", split = ",", paramLabel = "NAME",
            description = "Charts to export, in this order (default: all): ${COMPLETION-CANDIDATES}.",
            completionCandidates = ChartNames.class)
    List<String> charts;

    @Option(names = "--template", paramLabel = "FILE.pptx",
            description = "A PowerPoint template (.pptx or .potx) whose masters and layouts the deck uses.")
    Path template;

    @Option(names = "--scale", paramLabel = "1-4", defaultValue = "2",
            description = "PNG resolution: 1 for screens, up to 4 for print (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "Chart colours: light or dark background (default ${DEFAULT-VALUE}).")
    String theme;

    /** The chart names, for picocli's help. */
    static final class ChartNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ChartNames() {
            super(ChartCatalog.NAMES);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = usageProblem();
        ExportTarget target = null;
        if (problem == null) {
            try {
                target = ExportTarget.of(this.out);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (problem == null && template != null && target != ExportTarget.DECK) {
            problem = "--template applies to a .pptx deck only";
        }
        if (problem != null) {
            err.println(problem);
            err.flush();
            return Exit.USAGE;
        }
        if (template != null && !Files.isReadable(template)) {
            err.println(template + ": no such template, or it cannot be read");
            err.flush();
            return Exit.UNREADABLE;
        }
        AnalysisOptions options = input.analysisOptions();
        // the deck's first slide needs only the file names: POI gets ready on the other core while the
        // workbooks are read
        SlideDeck.Started deck = target == ExportTarget.DECK ? SlideDeck.start(cover(options), template) : null;
        try {
            return export(target, deck, options, out, err);
        } finally {
            if (deck != null) {
                try {
                    deck.close();
                } catch (IOException e) {
                    // the deck in memory is let go after it was written (or its failure reported): nothing is lost
                }
            }
        }
    }

    private int export(ExportTarget target, SlideDeck.Started deck, AnalysisOptions options, PrintWriter out,
                       PrintWriter err) {
        ImportResult result = input.load(err);
        if (result == null) {
            return Exit.UNREADABLE;
        }
        ChartTheme chartTheme = ChartTheme.valueOf(theme.toUpperCase(Locale.ROOT));
        ChartCatalog catalog = new ChartCatalog(result.dataset(), options, ChartCatalog.Choices.defaults());
        List<String> names = charts == null || charts.isEmpty() ? ChartCatalog.NAMES : charts;
        try {
            String done = switch (target) {
                case DECK -> {
                    // each chart is made when the deck asks for it, so the first ones are drawn on the
                    // other core while the next ones are made
                    List<PresentedChart> made = new MadeWhenAsked(names, n -> catalog.create(n, chartTheme));
                    SlideDeck.write(made, catalog.summary(), deck, this.out);
                    yield made.size() + " chart slide(s) and 2 table slides";
                }
                case REPORT -> {
                    List<PresentedChart> made = names.stream().map(n -> catalog.create(n, chartTheme)).toList();
                    PdfReport.write(made.stream().map(p -> ChartFolder.withTakeaway(p, chartTheme)).toList(),
                            ChartImages.WIDTH, ChartImages.HEIGHT, cover(options).datasetName(), this.out);
                    yield made.size() + " page(s)";
                }
                case TABLES -> {
                    TableWorkbook.write(catalog.summary(), catalog.eventStudy(), result.dataset().issues(), this.out);
                    yield TableWorkbook.SHEETS.size() + " sheets";
                }
                case FOLDER -> {
                    List<PresentedChart> made = names.stream().map(n -> catalog.create(n, chartTheme)).toList();
                    yield ChartFolder.write(made, chartTheme, scale, this.out).size() + " files";
                }
            };
            out.println(this.out + ": " + done);
            out.flush();
            return Exit.OK;
        } catch (IOException e) {
            err.println("cannot write " + this.out + ": " + firstLine(e));
            err.flush();
            return Exit.UNREADABLE;
        }
    }

    /**
     * The charts of {@code names}, each made on first {@link #get}, in the caller's thread, and kept:
     * a {@link ChartCatalog} is not thread-safe, so only the thread that reads the list makes charts.
     */
    static final class MadeWhenAsked extends java.util.AbstractList<PresentedChart> {
        private final List<String> names;
        private final java.util.function.Function<String, PresentedChart> make;
        private final PresentedChart[] made;

        MadeWhenAsked(List<String> names, java.util.function.Function<String, PresentedChart> make) {
            this.names = List.copyOf(names);
            this.make = make;
            this.made = new PresentedChart[names.size()];
        }

        @Override
        public PresentedChart get(int index) {
            if (made[index] == null) {
                made[index] = make.apply(names.get(index));
            }
            return made[index];
        }

        @Override
        public int size() {
            return names.size();
        }
    }

    /** The usage errors picocli cannot see; null when there are none. */
    private String usageProblem() {
        String problem = input.validate();
        if (problem != null) {
            return problem;
        }
        if (charts != null) {
            List<String> unknown = charts.stream().filter(n -> !ChartCatalog.isKnown(n)).toList();
            if (!unknown.isEmpty()) {
                return "unknown chart " + String.join(", ", unknown) + "; charts are "
                        + String.join(", ", ChartCatalog.NAMES);
            }
        }
        if (scale < ChartImages.MIN_SCALE || scale > ChartImages.MAX_SCALE) {
            return "--scale must be 1 to 4, not " + scale;
        }
        if (!theme.equalsIgnoreCase("light") && !theme.equalsIgnoreCase("dark")) {
            return "--theme must be light or dark, not " + theme;
        }
        return null;
    }

    private DeckCover cover(AnalysisOptions options) {
        List<String> files = input.files.stream().map(p -> p.getFileName() == null ? p.toString()
                : p.getFileName().toString()).toList();
        String first = files.get(0);
        String name = first.contains(".") ? first.substring(0, first.lastIndexOf('.')) : first;
        if (files.size() > 1) {
            name += " and " + (files.size() - 1) + " more";
        }
        List<String> words = new ArrayList<>();
        words.add(options.includeTalks() ? "signed, announced and in-talks deals" : "signed and announced deals");
        words.add("cycles of up to " + options.maxCycleLength() + " companies");
        if (options.benchmark() != null) {
            words.add("benchmark " + options.benchmark());
        }
        return new DeckCover(name, String.join("; ", words), files.stream().collect(Collectors.joining(", ")),
                LocalDate.now());
    }

    private static String firstLine(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            m = fs.getReason();
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
