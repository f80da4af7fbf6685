package org.roundtrip.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** The command line: {@code summary}, {@code export}, {@code import}, {@code changes}. */
@Command(name = "roundtrip", mixinStandardHelpOptions = true, version = "Roundtrip 0.1.0",
        description = "Where the money in a group of companies really comes from.",
        subcommands = {SummaryCommand.class, ExportCommand.class, ImportCommand.class, ChangesCommand.class})
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("summary", "export", "import", "changes",
            "--help", "-h", "--version", "-V", "help");

    private Cli() {
    }

    /** Whether the arguments ask for a command rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command and returns its exit status; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(Cli.class);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> Exit.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("Usage: see 'roundtrip " + ex.getCommandLine().getCommandName()
                    + " --help'");
            ex.getCommandLine().getErr().flush();
            return Exit.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("roundtrip: " + describe(ex));
            commandLine.getErr().flush();
            return Exit.UNREADABLE;
        });
        return cl.execute(args);
    }

    /**
     * One line on what stopped a command: the message of a file's trouble ({@code IOException}) or of a
     * rule broken ({@code IllegalArgumentException}, {@code IllegalStateException}); for anything else,
     * a programming error whose raw words ("Cannot invoke … because … is null") say nothing to a user,
     * only its kind.
     */
    static String describe(Exception ex) {
        Throwable t = ex instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        String m = t.getMessage();
        boolean readable = t instanceof java.io.IOException || t instanceof IllegalArgumentException
                || t instanceof IllegalStateException;
        if (!readable || m == null || m.isBlank()) {
            return "unexpected internal error (" + t.getClass().getSimpleName() + "); please report it";
        }
        return m.strip().lines().findFirst().orElse(m);
    }
}
