package org.roundtrip.workspace;

import java.util.Objects;

/**
 * One file of an import, as it was when imported.
 *
 * @param name      the file's name without its folder, never null
 * @param sha256    the SHA-256 of its bytes, 64 lower-case hex digits, never null
 * @param sizeBytes its size in bytes
 */
public record ImportedFile(String name, String sha256, long sizeBytes) {

    public ImportedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
