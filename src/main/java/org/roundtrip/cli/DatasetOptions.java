package org.roundtrip.cli;

import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options shared by every command that reads workbooks: the files and how to analyse them. */
final class DatasetOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Workbooks (.xlsx, .xlsm, .xls, .csv).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--include-talks", description = "Count deals still in talks.")
    boolean includeTalks;

    @Option(names = "--max-cycle-length", paramLabel = "N", defaultValue = "6",
            description = "Longest cycle reported, in companies (2 or more; default ${DEFAULT-VALUE}).")
    int maxCycleLength;

    @Option(names = "--max-cycles", paramLabel = "K", defaultValue = "1000",
            description = "How many cycles to report at most (default ${DEFAULT-VALUE}).")
    int maxCycles;

    @Option(names = "--benchmark", paramLabel = "TICKER",
            description = "Compare every stock with this ticker's prices.")
    String benchmark;

    @Option(names = "--password", paramLabel = "PW", description = "Password of encrypted workbooks.")
    String password;

    AnalysisOptions analysisOptions() {
        return new AnalysisOptions(includeTalks, maxCycleLength, maxCycles, benchmark);
    }

    /** Checks the values picocli cannot; returns an error message or null. */
    String validate() {
        if (maxCycleLength < 2) {
            return "--max-cycle-length must be 2 or more (a cycle has at least two companies), not " + maxCycleLength;
        }
        if (maxCycles < 0) {
            return "--max-cycles must be 0 or more, not " + maxCycles;
        }
        return null;
    }

    /**
     * Imports the files; when none could be read, prints one line per file on {@code err} and returns null.
     */
    ImportResult load(PrintWriter err) {
        ImportResult result = Importer.importFiles(files, ImportOptions.withPassword(password));
        if (result.nothingRead()) {
            for (ImportResult.UnreadableFile u : result.unreadable()) {
                err.println(u.file() + ": " + u.reason());
            }
            err.flush();
            return null;
        }
        return result;
    }
}
