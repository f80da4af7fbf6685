package org.roundtrip.cli;

import org.roundtrip.analysis.AnalysisOptions;
import org.roundtrip.analysis.ImportChanges;
import org.roundtrip.model.Dataset;
import org.roundtrip.workspace.ImportRecord;
import org.roundtrip.workspace.Workspace;
import org.roundtrip.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code changes WS.roundtrip [--json]}: the latest import against the one before. With fewer than two
 * imports there is nothing to compare: exit 0, empty lists and a {@code message} saying why
 * (docs/decisions/0004-workspace-file.md). Exit 1 when the workspace cannot be read, 2 for a usage error.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Prints what changed from the workspace's previous import to its latest: deals added, removed"
                + " and changed, and each company's commitment ratios before and after.")
final class ChangesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WS.roundtrip", description = "The workspace.")
    Path workspace;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--include-talks", description = "Count deals still in talks in the ratios.")
    boolean includeTalks;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!DatasetOptions.isWorkspace(workspace)) {
            err.println("changes reads a workspace (" + Workspace.EXTENSION + "), not " + workspace.getFileName());
            err.flush();
            return Exit.USAGE;
        }
        ImportRecord latest = null;
        ImportRecord previous = null;
        ImportChanges changes = ImportChanges.none();
        String message = null;
        try (Workspace ws = Workspace.openExisting(workspace)) {
            List<ImportRecord> imports = ws.imports();
            int n = imports.size();
            if (n < 2) {
                latest = n == 0 ? null : imports.get(0);
                message = workspace.getFileName() + " holds " + (n == 0 ? "no import" : "one import")
                        + ": nothing to compare yet";
            } else {
                latest = imports.get(n - 1);
                previous = imports.get(n - 2);
                Dataset before = ws.dataset(previous.id());
                Dataset after = ws.dataset(latest.id());
                AnalysisOptions options = new AnalysisOptions(includeTalks, AnalysisOptions.DEFAULT_MAX_CYCLE_LENGTH,
                        AnalysisOptions.DEFAULT_MAX_CYCLES, null);
                changes = ImportChanges.between(before, after, options);
            }
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            err.flush();
            return Exit.UNREADABLE;
        }
        if (json) {
            out.println(SummaryJson.write(ChangesJson.of(latest, previous, changes, message)));
            out.flush();
        } else {
            ChangesText.print(workspace.getFileName().toString(), latest, previous, changes, message, out);
        }
        return Exit.OK;
    }
}
