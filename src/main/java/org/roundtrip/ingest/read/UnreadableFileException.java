package org.roundtrip.ingest.read;

/**
 * A file that cannot be read as a workbook at all: missing, corrupt, encrypted without a password,
 * or not a workbook. Its message is one plain sentence for the user (no class names).
 */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
