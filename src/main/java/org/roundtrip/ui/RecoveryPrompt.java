package org.roundtrip.ui;

import org.roundtrip.workspace.WorkspaceException;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** At start, offers to restore the unsaved import a crashed session left, and restores it. */
final class RecoveryPrompt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RecoveryPrompt() {
    }

    /** Asks Restore or Discard; true for Restore. */
    static boolean ask(JFrame owner, RecoveryStore.Leftover leftover) {
        String when = TIME.format(leftover.savedAt().atZone(ZoneId.systemDefault()));
        Object[] options = {Messages.get("recovery.restore"), Messages.get("recovery.discard")};
        int answer = JOptionPane.showOptionDialog(owner, Messages.get("recovery.message", when),
                Messages.get("recovery.title"), JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null,
                options, options[0]);
        return answer == 0;
    }

    /**
     * Reads the leftover in the background, shows its import as unsaved, writes it to this session's
     * recovery file and only then deletes the leftover, so a second crash meanwhile loses nothing.
     */
    static void restore(RecoveryStore.Leftover leftover, Autosave autosave, WorkspaceController workspace,
                        Consumer<String> status) {
        String when = TIME.format(leftover.savedAt().atZone(ZoneId.systemDefault()));
        new SwingWorker<RecoveryStore.Restored, Void>() {
            @Override
            protected RecoveryStore.Restored doInBackground() throws WorkspaceException {
                return RecoveryStore.read(leftover);
            }

            @Override
            protected void done() {
                try {
                    RecoveryStore.Restored restored = get();
                    String name = restored.files().isEmpty() ? String.valueOf(leftover.file().getFileName())
                            : restored.files().stream().map(Path::getFileName).map(String::valueOf)
                            .collect(Collectors.joining(", "));
                    workspace.restored(restored, name);
                    autosave.writeIfChanged();
                    autosave.discard(leftover);
                    status.accept(Messages.get("recovery.restored", when));
                } catch (ExecutionException e) {
                    // the leftover stays on disk: it may be read by a later version, or by hand
                    status.accept(Messages.get("recovery.failed", FailureText.of(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
