package org.roundtrip.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One import kept in a workspace, without its rows ({@link Workspace#dataset(long)} rebuilds them).
 *
 * @param id          the import's number in its workspace, increasing with time, never reused
 * @param importedAt  when it was saved (UTC, to the millisecond), never null
 * @param files       its files in the order they were read, never null
 * @param mappingJson the column mapping used, as the caller gave it (JSON), or null when none was given
 */
public record ImportRecord(long id, Instant importedAt, List<ImportedFile> files, String mappingJson) {

    public ImportRecord {
        Objects.requireNonNull(importedAt, "importedAt");
        files = List.copyOf(files);
    }

    /** The SHA-256 of each file, in reading order. */
    public List<String> sha256s() {
        return files.stream().map(ImportedFile::sha256).toList();
    }
}
