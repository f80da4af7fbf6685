package org.roundtrip.ui;

import org.roundtrip.export.ExportTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an export goes and what it would replace there, decided apart from the dialogs that ask, so
 * that the rule "never replace a file without asking" can be tested without a screen.
 */
final class ExportDestination {

    /** The files a folder export writes per chart. */
    static final List<String> FOLDER_EXTENSIONS = List.of("png", "svg", "pdf");

    private ExportDestination() {
    }

    /**
     * {@code file} with {@code .extension} added unless it already ends with one of {@code accepted}.
     *
     * @param extension what to add, without the dot; null leaves the file as it is (a folder)
     */
    static Path withExtension(Path file, String extension, List<String> accepted) {
        if (extension == null) {
            return file;
        }
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (accepted.stream().anyMatch(e -> lower.endsWith("." + e))) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + "." + extension);
    }

    /**
     * The existing files that exporting {@code charts} to {@code out} would replace: {@code out} itself
     * for a file, the charts' own files inside it for a folder. Empty when nothing would be replaced.
     */
    static List<Path> replaced(Path out, ExportTarget target, List<String> charts) {
        List<Path> existing = new ArrayList<>();
        if (target == ExportTarget.FOLDER) {
            if (Files.isDirectory(out)) {
                for (String chart : charts) {
                    for (String ext : FOLDER_EXTENSIONS) {
                        existing.addAll(replaced(out.resolve(chart + "." + ext)));
                    }
                }
            }
            return existing;
        }
        return replaced(out);
    }

    /** {@code file} when it exists (writing it would replace it), else nothing. */
    static List<Path> replaced(Path file) {
        return Files.exists(file) ? List.of(file) : List.of();
    }

    /** The question to ask before replacing {@code replaced}, or null when nothing is replaced. */
    static String question(Path out, List<Path> replaced) {
        if (replaced.isEmpty()) {
            return null;
        }
        if (replaced.size() == 1 && replaced.get(0).equals(out)) {
            return Messages.get("ws.replace", out.getFileName());
        }
        List<String> names = replaced.stream().map(p -> String.valueOf(p.getFileName())).limit(6).toList();
        return Messages.get("export.replaceMany", replaced.size(), out.getFileName(),
                String.join(", ", names) + (replaced.size() > names.size() ? ", …" : ""));
    }
}
