package org.roundtrip.cli;

import org.roundtrip.analysis.Analysis;
import org.roundtrip.analysis.Summary;
import org.roundtrip.ingest.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code summary FILE... [--json]}: the figures of DESIGN.md, as a table or as the contract's JSON. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints companies with their commitment ratios, money cycles, stock reactions and import issues.")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions input = new DatasetOptions();

    @Option(names = "--json", description = "Print one JSON object (the contract of DESIGN.md).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = input.validate();
        if (problem != null) {
            err.println(problem);
            err.flush();
            return Exit.USAGE;
        }
        ImportResult result = input.load(err);
        if (result == null) {
            return Exit.UNREADABLE;
        }
        Summary summary = Analysis.summarize(result.dataset(), input.analysisOptions());
        if (json) {
            out.println(SummaryJson.of(summary, result.dataset().issues()));
            out.flush();
        } else {
            SummaryText.print(summary, result.dataset().issues(), out);
        }
        return Exit.OK;
    }
}
