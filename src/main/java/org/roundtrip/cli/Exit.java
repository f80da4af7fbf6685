package org.roundtrip.cli;

/** Exit statuses of the command line (DESIGN.md). */
final class Exit {
    /** The files were read (rows may still have been rejected). */
    static final int OK = 0;
    /** No file could be read at all. */
    static final int UNREADABLE = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;

    private Exit() {
    }
}
