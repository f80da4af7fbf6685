package org.roundtrip.ingest.read;

/**
 * Carries an exception thrown by a {@link WorkbookSource.RowSink} (the user's Cancel, above all)
 * past the readers' own handlers, which turn the parser's exceptions into "sheet is damaged".
 * Without it a cancelled import carried on with half a sheet, shown as if complete.
 */
final class SinkFailure extends RuntimeException {

    private SinkFailure(RuntimeException cause) {
        super(cause);
    }

    /** Hands a row to the sink, marking anything it throws as the sink's. */
    static boolean deliver(WorkbookSource.RowSink sink, SheetRow row) {
        try {
            return sink.row(row);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /** The sink's own exception, to rethrow unchanged. */
    RuntimeException sinkException() {
        return (RuntimeException) getCause();
    }
}
