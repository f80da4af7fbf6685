package org.roundtrip.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

/**
 * What the window says when something failed: the reason a file could not be read or written, or the
 * rule that was broken, in one line; never the raw words of a programming error (a
 * {@code NullPointerException}'s "Cannot invoke … because … is null"), which say nothing to a finance
 * user. Those become one sentence that names the kind of error, for a bug report.
 */
final class FailureText {

    private FailureText() {
    }

    /** The user-facing reason for {@code failure}; never null, never more than one line. */
    static String of(Throwable failure) {
        Throwable t = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        if (t == null) {
            return Messages.get("error.internal", "?");
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            return firstLine(fs.getFile() == null ? fs.getReason() : fs.getFile() + ": " + fs.getReason());
        }
        boolean readable = t instanceof IOException || t instanceof IllegalArgumentException
                || t instanceof IllegalStateException;
        String message = t.getMessage();
        if (readable && message != null && !message.isBlank()) {
            return firstLine(message);
        }
        return Messages.get("error.internal", t.getClass().getSimpleName());
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse(text);
    }
}
