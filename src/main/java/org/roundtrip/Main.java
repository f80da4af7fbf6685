package org.roundtrip;

import org.roundtrip.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Starts Roundtrip: a command ({@code summary}, {@code export}, {@code import}, {@code changes}) on
 * the command line, otherwise the dashboard on the given workbooks or the bundled sample. The only
 * class that may see both the command line and the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            // commands never open a window; charts are drawn into images and documents only
            System.setProperty("java.awt.headless", "true");
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(Cli.run(args, out, err));
        }
        org.roundtrip.ui.Dashboard.launch(args);
    }
}
