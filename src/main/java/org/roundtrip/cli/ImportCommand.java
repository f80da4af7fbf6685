package org.roundtrip.cli;

import org.roundtrip.analysis.Analysis;
import org.roundtrip.analysis.Summary;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.workspace.ImportRecord;
import org.roundtrip.workspace.Workspace;
import org.roundtrip.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code import FILE... --into WS.roundtrip}: adds one import of these workbooks to a workspace
 * (creating it if needed) and prints its summary; files whose bytes are those of the latest import
 * add nothing. Exit status as {@code summary}; 1 also when the workspace cannot be opened or written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Adds one import of these workbooks to a workspace (creating it if needed) and prints its"
                + " summary. Files unchanged since the latest import add nothing.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions input = new DatasetOptions();

    @Option(names = "--into", required = true, paramLabel = "WS.roundtrip", description = "The workspace.")
    Path into;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = validate();
        if (problem != null) {
            err.println(problem);
            err.flush();
            return Exit.USAGE;
        }
        try {
            ImportRecord unchangedSince = Files.exists(into) ? sameFilesAsLatest() : null;
            if (unchangedSince != null) {
                out.printf(Locale.ROOT, "Unchanged: every file's SHA-256 equals import %d of %s (%s); nothing added.%n",
                        unchangedSince.id(), into.getFileName(), unchangedSince.importedAt());
                out.flush();
                return Exit.OK;
            }
            // Read the workbooks before creating the workspace, so that files nobody can read leave no empty one behind.
            ImportResult result = input.importWorkbooks(err);
            if (result == null) {
                return Exit.UNREADABLE;
            }
            ImportRecord saved;
            try (Workspace ws = Workspace.open(into)) {
                saved = ws.addImport(input.files, result.dataset(), null);
            }
            out.printf(Locale.ROOT, "Saved import %d in %s: %d file(s), %d deal(s).%n%n", saved.id(),
                    into.getFileName(), saved.files().size(), result.dataset().deals().size());
            Summary summary = Analysis.summarize(result.dataset(), input.analysisOptions());
            SummaryText.print(summary, result.dataset().issues(), out);
            return Exit.OK;
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            err.flush();
            return Exit.UNREADABLE;
        }
    }

    /** The latest import when the files hold exactly its bytes, else null. */
    private ImportRecord sameFilesAsLatest() throws WorkspaceException {
        try (Workspace ws = Workspace.openExisting(into)) {
            if (!ws.matchesLatest(input.files)) {
                return null;
            }
            List<ImportRecord> imports = ws.imports();
            return imports.get(imports.size() - 1);
        }
    }

    private String validate() {
        String problem = input.validate();
        if (problem != null) {
            return problem;
        }
        for (Path f : input.files) {
            if (DatasetOptions.isWorkspace(f)) {
                return "import reads workbooks; " + f.getFileName() + " is a workspace";
            }
        }
        if (!DatasetOptions.isWorkspace(into)) {
            return "--into needs a workspace file ending in " + Workspace.EXTENSION + ", not " + into.getFileName();
        }
        return null;
    }
}
