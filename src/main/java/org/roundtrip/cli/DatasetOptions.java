package org.roundtrip.cli;

import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;
import org.roundtrip.workspace.Workspace;
import org.roundtrip.workspace.WorkspaceException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options shared by every command that reads workbooks: the files and how to analyse them. A
 * {@code .roundtrip} workspace may stand instead of the files: its latest import is used, exactly as
 * the files it was made of would read.
 */
final class DatasetOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Workbooks (.xlsx, .xlsm, .xls, .csv), or one workspace (.roundtrip): its latest import.")
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
        if (files.size() > 1 && files.stream().anyMatch(DatasetOptions::isWorkspace)) {
            return "a workspace (.roundtrip) stands alone: give one workspace, or workbooks only";
        }
        return null;
    }

    /** Whether {@code file} names a workspace rather than a workbook: by its extension, as the user sees it. */
    static boolean isWorkspace(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(Workspace.EXTENSION);
    }

    /** The workspace given instead of files, if one was. */
    Optional<Path> workspace() {
        return files.size() == 1 && isWorkspace(files.get(0)) ? Optional.of(files.get(0)) : Optional.empty();
    }

    /**
     * Imports the files, or reads the workspace's latest import; when nothing could be read, prints
     * one line per file (or one for the workspace) on {@code err} and returns null.
     */
    ImportResult load(PrintWriter err) {
        Optional<Path> workspace = workspace();
        if (workspace.isPresent()) {
            return loadLatest(workspace.get(), err);
        }
        return importWorkbooks(err);
    }

    /** Imports the files as workbooks; when none could be read, prints one line per file on {@code err} and returns null. */
    ImportResult importWorkbooks(PrintWriter err) {
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

    private static ImportResult loadLatest(Path file, PrintWriter err) {
        try (Workspace ws = Workspace.openExisting(file)) {
            Optional<Dataset> latest = ws.latestImport();
            if (latest.isEmpty()) {
                err.println(file.getFileName() + " holds no import yet: add one with 'roundtrip import FILE... --into "
                        + file + "'");
                err.flush();
                return null;
            }
            // Files that could not be read at import time are already rejected entries of the dataset.
            return new ImportResult(latest.get(), List.of(), 1);
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            err.flush();
            return null;
        }
    }
}
