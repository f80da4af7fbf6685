package org.roundtrip.workspace;

import java.io.IOException;

/**
 * A workspace could not be opened, read or written. The message is one line a user can act on and
 * names the file ("deals.roundtrip is not a Roundtrip workspace"); the cause, when there is one, is
 * for logs only.
 */
public final class WorkspaceException extends IOException {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
