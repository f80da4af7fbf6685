package org.roundtrip.workspace;

import org.roundtrip.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child process of {@link WorkspaceCrashTest}: runs {@code import} into one workspace forever,
 * alternating between two files so that every import differs from the latest, and prints
 * {@code committed N} once import N has been saved. Prints {@code ready} when it starts.
 */
public final class ImportLoop {

    private static final Pattern SAVED = Pattern.compile("^Saved import (\\d+) in ");

    private ImportLoop() {
    }

    /** Arguments: the workspace, then the two files. Exits 3 when an import fails. */
    public static void main(String[] args) {
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String file = args[1 + i % 2];
            int status = Cli.run(new String[] {"import", file, "--into", args[0]}, new PrintWriter(out),
                    new PrintWriter(err));
            if (status != 0) {
                System.err.println("import " + file + " exited " + status + ": " + err);
                System.exit(3);
            }
            Matcher m = SAVED.matcher(out.toString());
            if (m.find()) {
                System.out.println("committed " + m.group(1));
                System.out.flush();
            }
        }
    }
}
