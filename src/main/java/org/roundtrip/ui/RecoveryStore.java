package org.roundtrip.ui;

import org.roundtrip.model.Dataset;
import org.roundtrip.workspace.ImportRecord;
import org.roundtrip.workspace.Workspace;
import org.roundtrip.workspace.WorkspaceException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's recovery files: while an import is not saved in a workspace, the window writes it
 * every half minute to {@code ~/.roundtrip/recovery/session-PID.roundtrip} (an ordinary workspace),
 * and deletes it on a clean save or exit. A file whose process is no longer running was left by a
 * crash, and is offered for restoring at the next start.
 *
 * <p>No Swing: every method blocks on disk I/O, so the window calls them off the event thread, one
 * at a time (see {@link Autosave}). The folder is {@value #DIR_PROPERTY} when that system property is
 * set (tests), else {@code .roundtrip/recovery} in the user's home.
 */
final class RecoveryStore {

    /** The system property naming the recovery folder. */
    static final String DIR_PROPERTY = "roundtrip.recoveryDir";

    /** The filter name under which a recovery workspace keeps the full paths of the imported files, one a line. */
    static final String FILES_KEY = "roundtrip.recovery.files";

    private static final Pattern SESSION = Pattern.compile("session-(\\d+)\\" + Workspace.EXTENSION);

    /** A recovery file left by a session that is no longer running. */
    record Leftover(Path file, Instant savedAt) {
    }

    /** What a recovery file gave back: the import, its files (those still on disk), its mapping. */
    record Restored(Dataset dataset, List<Path> files, String mappingJson) {
    }

    private final Path dir;
    private final long pid;

    RecoveryStore(Path dir, long pid) {
        this.dir = dir;
        this.pid = pid;
    }

    /** The store of this process, in the folder of {@value #DIR_PROPERTY} or the user's home. */
    static RecoveryStore forThisProcess() {
        String configured = System.getProperty(DIR_PROPERTY);
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".roundtrip", "recovery");
        return new RecoveryStore(dir, ProcessHandle.current().pid());
    }

    Path dir() {
        return dir;
    }

    /** This session's recovery file (it exists only while there is unsaved work). */
    Path sessionFile() {
        return dir.resolve("session-" + pid + Workspace.EXTENSION);
    }

    /**
     * Writes the unsaved import as this session's recovery file: into a temporary file first, moved
     * over the previous one when complete, so a crash mid-write leaves the previous one whole.
     *
     * @param files the files it was imported from; those no longer on disk are left out of its record
     * @throws IOException a {@link WorkspaceException} when the workspace cannot be written, or the move failed
     */
    void write(List<Path> files, Dataset dataset, String mappingJson) throws IOException {
        Files.createDirectories(dir);
        Path target = sessionFile();
        Path part = dir.resolve(target.getFileName() + ".part");
        // a journal left beside an old temporary file must not be rolled back into the new one; the
        // previous recovery file stays until the new one replaces it
        Files.deleteIfExists(part);
        Files.deleteIfExists(dir.resolve(part.getFileName() + "-journal"));
        List<Path> present = files.stream().filter(Files::isRegularFile).toList();
        try (Workspace ws = Workspace.open(part)) {
            ws.addImport(present, dataset, mappingJson);
            ws.putFilter(FILES_KEY, String.join("\n", present.stream().map(p -> p.toAbsolutePath().toString())
                    .toList()));
        }
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes this session's recovery file, if any (after a clean save or exit). */
    void discard() throws IOException {
        deleteWithSideFiles(sessionFile());
    }

    /** Deletes a leftover of a crashed session (restored or declined). */
    void discard(Leftover leftover) throws IOException {
        deleteWithSideFiles(leftover.file());
    }

    /** Deletes a recovery file with its temporary file and their SQLite journals (left by a kill mid-write). */
    private static void deleteWithSideFiles(Path file) throws IOException {
        String name = file.getFileName().toString();
        for (String side : new String[] {name, name + "-journal", name + ".part", name + ".part-journal"}) {
            Files.deleteIfExists(file.resolveSibling(side));
        }
    }

    /** Recovery files of sessions no longer running, newest first; empty when there is none. */
    List<Leftover> leftovers() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Leftover> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "session-*" + Workspace.EXTENSION)) {
            for (Path f : files) {
                Matcher m = SESSION.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long owner = Long.parseLong(m.group(1));
                // a running Roundtrip (this one, or another window) still owns its file
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                found.add(new Leftover(f, Files.getLastModifiedTime(f).toInstant()));
            }
        }
        found.sort(Comparator.comparing(Leftover::savedAt).reversed());
        return found;
    }

    /** The newest leftover of a crashed session, if any. */
    Optional<Leftover> newestLeftover() throws IOException {
        return leftovers().stream().findFirst();
    }

    /** Reads a leftover's import back. */
    static Restored read(Leftover leftover) throws WorkspaceException {
        try (Workspace ws = Workspace.openExisting(leftover.file())) {
            Dataset dataset = ws.latestImport()
                    .orElseThrow(() -> new WorkspaceException(leftover.file().getFileName() + " holds no import"));
            List<ImportRecord> imports = ws.imports();
            String mapping = imports.get(imports.size() - 1).mappingJson();
            String paths = ws.filters().getOrDefault(FILES_KEY, "");
            List<Path> files = paths.isEmpty() ? List.of()
                    : paths.lines().map(Path::of).filter(Files::isRegularFile).toList();
            return new Restored(dataset, files, mapping);
        }
    }
}
