package org.roundtrip.ui;

import org.roundtrip.ingest.ImportResult.UnreadableFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files of one import in the window need a password, and which passwords to try next. No Swing
 * here: the window asks (see {@link PasswordDialog}) and imports again; this decides whom to ask.
 *
 * <p>A file is asked for when the import could not read it because it is encrypted and no password
 * was given, or because the one given was wrong, at most {@link #MAX_TRIES} times. A file the user
 * skipped (Cancel) is not asked for again. The passwords live only as long as this object, never in
 * preferences or a workspace.
 */
final class PasswordRequests {

    /** How many passwords the user may try per file. */
    static final int MAX_TRIES = 3;

    /** One question to the user: the file, and whether the previous password for it was wrong. */
    record Request(Path file, boolean previousWasWrong, int attempt) {
    }

    private final Map<Path, String> passwords = new HashMap<>();
    private final Map<Path, Integer> tries = new HashMap<>();
    private final Set<Path> skipped = new HashSet<>();

    /** Whether a reason of {@code WorkbookSources} says the file is encrypted and no password was given. */
    static boolean needsPassword(String reason) {
        return reason != null && reason.contains("encrypted") && reason.contains("--password");
    }

    /** Whether a reason says the password given was wrong. */
    static boolean wrongPassword(String reason) {
        return reason != null && reason.contains("password given is wrong");
    }

    /**
     * The files to ask a password for after an import of {@code files} that left {@code unreadable}.
     * An unreadable file is matched to its path by name, in order (the importer names files so).
     */
    List<Request> toAsk(List<Path> files, List<UnreadableFile> unreadable) {
        List<Request> asks = new ArrayList<>();
        Set<Path> matched = new HashSet<>();
        for (UnreadableFile u : unreadable) {
            Path file = files.stream().filter(f -> !matched.contains(f) && nameOf(f).equals(u.file())).findFirst()
                    .orElse(null);
            if (file == null) {
                continue;
            }
            matched.add(file);
            boolean wrong = wrongPassword(u.reason());
            if (skipped.contains(file) || !wrong && !needsPassword(u.reason())) {
                continue;
            }
            int tried = tries.getOrDefault(file, 0);
            if (tried < MAX_TRIES) {
                asks.add(new Request(file, wrong, tried + 1));
            }
        }
        return asks;
    }

    /**
     * Records the user's answer for a file.
     *
     * @param password the password typed, or null when the user skipped the file
     */
    void answered(Path file, String password) {
        if (password == null) {
            skipped.add(file);
            passwords.remove(file);
            return;
        }
        passwords.put(file, password);
        tries.merge(file, 1, Integer::sum);
    }

    /** Whether every unreadable file is one the user chose to skip (then there is nothing to report). */
    boolean onlySkipped(List<Path> files, List<UnreadableFile> unreadable) {
        return !unreadable.isEmpty() && unreadable.stream().allMatch(u -> files.stream()
                .anyMatch(f -> skipped.contains(f) && nameOf(f).equals(u.file())));
    }

    /** Whether the user skipped {@code file}. */
    boolean skipped(Path file) {
        return skipped.contains(file);
    }

    /** The passwords given so far, by file, for {@code ImportOptions}. */
    Map<Path, String> passwords() {
        return Map.copyOf(passwords);
    }

    private static String nameOf(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
