package org.roundtrip.ui;

import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.Importer;
import org.roundtrip.model.Dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link RecoveryCrashTest}: writes its recovery file again and again, as the
 * window's autosave does, alternating the imports of two workbooks so that each write differs from the
 * one before, and prints {@code autosaved N FILE} once write N (of FILE's import) is in place. The
 * recovery folder comes from {@value RecoveryStore#DIR_PROPERTY}, as in the window.
 */
public final class AutosaveLoop {

    private AutosaveLoop() {
    }

    /** Arguments: the two workbooks. Exits 3 when a write fails. */
    public static void main(String[] args) {
        RecoveryStore store = RecoveryStore.forThisProcess();
        List<Path> files = List.of(Path.of(args[0]), Path.of(args[1]));
        Dataset[] imports = files.stream()
                .map(f -> Importer.importFiles(List.of(f), ImportOptions.defaults()).dataset())
                .toArray(Dataset[]::new);
        System.out.println("ready " + store.sessionFile());
        System.out.flush();
        for (int n = 1; ; n++) {
            int which = n % 2;
            try {
                store.write(List.of(files.get(which)), imports[which], null);
            } catch (IOException e) {
                System.err.println("write " + n + " failed: " + e.getMessage());
                System.exit(3);
            }
            System.out.println("autosaved " + n + " " + files.get(which).getFileName());
            System.out.flush();
        }
    }
}
