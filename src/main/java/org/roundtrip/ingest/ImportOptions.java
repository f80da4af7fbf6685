package org.roundtrip.ingest;

import java.util.function.BooleanSupplier;

/**
 * How to import.
 *
 * @param password  password for encrypted workbooks, or null
 * @param progress  told how far the import has got; never null
 * @param cancelled polled while reading; when it answers true the import stops with {@link ImportCancelledException}
 * @param mapping   the user's corrections to the guessed columns; null for none
 */
public record ImportOptions(String password, ImportProgress progress, BooleanSupplier cancelled,
                            ColumnMapping mapping) {

    /** Receives progress: which file (0-based, of {@code files}) and how many rows of it were read. */
    @FunctionalInterface
    public interface ImportProgress {
        void update(int file, int files, String fileName, long rowsRead);

        ImportProgress NONE = (file, files, name, rows) -> { };
    }

    public ImportOptions {
        progress = progress == null ? ImportProgress.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
        mapping = mapping == null ? ColumnMapping.NONE : mapping;
    }

    /** Columns as the headers say. */
    public ImportOptions(String password, ImportProgress progress, BooleanSupplier cancelled) {
        this(password, progress, cancelled, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null);
    }

    public static ImportOptions withPassword(String password) {
        return new ImportOptions(password, null, null);
    }
}
