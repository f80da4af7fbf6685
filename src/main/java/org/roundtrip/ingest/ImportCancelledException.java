package org.roundtrip.ingest;

/** The user cancelled the import; nothing was imported. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("import cancelled");
    }
}
