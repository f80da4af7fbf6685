package org.roundtrip.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * How to import.
 *
 * @param password  password for encrypted workbooks, or null
 * @param progress  told how far the import has got; never null
 * @param cancelled polled while reading; when it answers true the import stops with {@link ImportCancelledException}
 * @param mapping   the user's corrections to the guessed columns; null for none
 * @param passwords passwords of particular files, which take precedence over {@code password} for
 *                  them (the window asks file by file); null for none
 */
public record ImportOptions(String password, ImportProgress progress, BooleanSupplier cancelled,
                            ColumnMapping mapping, Map<Path, String> passwords) {

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
        passwords = passwords == null ? Map.of() : Map.copyOf(passwords);
    }

    /** With the user's column corrections; no per-file passwords. */
    public ImportOptions(String password, ImportProgress progress, BooleanSupplier cancelled, ColumnMapping mapping) {
        this(password, progress, cancelled, mapping, null);
    }

    /** The password to open {@code file} with: its own if one was given, else {@link #password()}; may be null. */
    public String passwordFor(Path file) {
        return passwords.getOrDefault(file, password);
    }

    /** Columns as the headers say. */
    public ImportOptions(String password, ImportProgress progress, BooleanSupplier cancelled) {
        this(password, progress, cancelled, null, null);
    }

    /** Names no password, so that a log of the options never shows one. */
    @Override
    public String toString() {
        return "ImportOptions[password=" + (password == null ? "none" : "given") + ", passwords for "
                + passwords.size() + " file(s), mapping=" + mapping + "]";
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null);
    }

    public static ImportOptions withPassword(String password) {
        return new ImportOptions(password, null, null);
    }
}
