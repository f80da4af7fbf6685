package org.roundtrip.ingest;

import org.roundtrip.model.Dataset;

import java.util.List;

/**
 * The outcome of importing files: the dataset (with every warning and rejected cell) and the files
 * that could not be read at all.
 *
 * @param dataset    never null
 * @param unreadable files that could not be opened, with why, in command-line order
 * @param files      how many files were given
 */
public record ImportResult(Dataset dataset, List<UnreadableFile> unreadable, int files) {

    /** A file that could not be read at all. */
    public record UnreadableFile(String file, String reason) {
    }

    public ImportResult {
        unreadable = List.copyOf(unreadable);
    }

    /** True when no file could be read at all (exit status 1 on the command line). */
    public boolean nothingRead() {
        return files > 0 && unreadable.size() == files;
    }
}
