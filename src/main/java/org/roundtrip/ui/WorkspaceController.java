package org.roundtrip.ui;

import org.roundtrip.model.Dataset;
import org.roundtrip.workspace.Workspace;
import org.roundtrip.workspace.WorkspaceException;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * File › New, Open, Save and Save As of {@code .roundtrip} workspaces. It remembers which workspace is
 * open and which import has not been saved into it yet; all file work runs in a {@link SwingWorker}
 * because {@link Workspace} blocks on disk I/O.
 */
final class WorkspaceController {

    /** What the window does with what the controller loads. */
    interface Host {
        JFrame frame();

        /**
         * Shows a dataset.
         *
         * @param dataset the dataset to show, or null for an empty window
         * @param name    what the title bar calls it
         * @param before  the import to compare it with in the Changes view, or null
         */
        void showDataset(Dataset dataset, String name, Dataset before);

        void status(String text);

        void workspaceChanged();
    }

    private final Host host;
    private final Settings settings;
    private Path file;
    /** The newest import saved in the open workspace, or null. */
    private Dataset saved;
    private Dataset pending;
    private List<Path> pendingFiles;
    private boolean pendingIsSample;
    private String pendingMapping;
    /** Told on the event thread when no unsaved import is left (the autosave deletes its file). */
    private Runnable allSaved = () -> { };

    WorkspaceController(Host host, Settings settings) {
        this.host = host;
        this.settings = settings;
    }

    /** The open workspace's file, or empty when none is open. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The import to compare a new import with: the workspace's newest, or null without a workspace. */
    Dataset savedLatest() {
        return saved;
    }

    /** Records an import done in the window; it is unsaved until Save puts it in a workspace. */
    void imported(List<Path> files, Dataset dataset, boolean sample) {
        imported(files, dataset, sample, null);
    }

    /**
     * As {@link #imported(List, Dataset, boolean)}, with the column mapping the import used.
     *
     * @param mappingJson the wizard's column corrections as JSON, saved with the import; null for none
     */
    void imported(List<Path> files, Dataset dataset, boolean sample, String mappingJson) {
        pendingMapping = mappingJson;
        pending = dataset;
        pendingFiles = List.copyOf(files);
        pendingIsSample = sample;
        host.workspaceChanged();
    }

    /** Tells {@code then} whenever the unsaved import is saved or dropped. */
    void onAllSaved(Runnable then) {
        allSaved = then;
    }

    /** The import to keep in a recovery file, or null when there is nothing unsaved. */
    Autosave.Unsaved unsaved() {
        return hasUnsavedChanges() ? new Autosave.Unsaved(pendingFiles, pending, pendingMapping) : null;
    }

    /** Takes back an import restored after a crash: shown, and unsaved until Save. */
    void restored(RecoveryStore.Restored restored, String name) {
        imported(restored.files(), restored.dataset(), false, restored.mappingJson());
        host.showDataset(restored.dataset(), name, saved);
    }

    /** An import the user made and has not saved; the bundled sample only counts once a workspace is open. */
    boolean hasUnsavedChanges() {
        return pending != null && (file != null || !pendingIsSample);
    }

    /**
     * Asks what to do with unsaved changes before {@code then} replaces them: save, discard or cancel.
     * Runs {@code then} unless the user cancels (after the save when they chose to save).
     */
    void whenChangesSettled(Runnable then) {
        if (!hasUnsavedChanges()) {
            then.run();
            return;
        }
        Object[] options = {Messages.get("ws.prompt.save"), Messages.get("ws.prompt.discard"),
                Messages.get("button.cancel")};
        int answer = JOptionPane.showOptionDialog(host.frame(), Messages.get("ws.prompt.message"),
                Messages.get("ws.prompt.title"), JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null,
                options, options[0]);
        if (answer == 0) {
            save(then);
        } else if (answer == 1) {
            then.run();
        }
    }

    void newWorkspace() {
        whenChangesSettled(() -> {
            file = null;
            saved = null;
            pending = null;
            pendingFiles = null;
            allSaved.run();
            host.showDataset(null, Messages.get("ws.untitled"), null);
            host.workspaceChanged();
        });
    }

    void open() {
        whenChangesSettled(() -> choose(false).ifPresent(this::load));
    }

    void open(Path path) {
        whenChangesSettled(() -> load(path));
    }

    /** Reads the workspace's newest import and the one before, to show the first and compare with the second. */
    private void load(Path path) {
        host.status(Messages.get("ws.opening", path.getFileName()));
        new SwingWorker<Dataset[], Void>() {
            @Override
            protected Dataset[] doInBackground() throws WorkspaceException {
                try (Workspace ws = Workspace.openExisting(path)) {
                    return new Dataset[] {ws.latestImport().orElse(null), ws.previousImport().orElse(null)};
                }
            }

            @Override
            protected void done() {
                try {
                    Dataset[] both = get();
                    file = path;
                    saved = both[0];
                    pending = null;
                    pendingFiles = null;
                    allSaved.run();
                    settings.addRecentWorkspace(path.toAbsolutePath().toString());
                    host.showDataset(both[0], String.valueOf(path.getFileName()), both[1]);
                    host.workspaceChanged();
                    if (both[0] == null) {
                        host.status(Messages.get("ws.empty", path.getFileName()));
                    }
                } catch (ExecutionException e) {
                    failed(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (file == null) {
            saveAs(then);
        } else {
            write(file, null, then);
        }
    }

    void saveAs() {
        saveAs(() -> { });
    }

    /** Saves into {@code target} without asking (for tests, and for a file already chosen). */
    void saveAs(Path target) {
        write(target, file, () -> { });
    }

    private void saveAs(Runnable then) {
        choose(true).ifPresent(target -> write(target, file, then));
    }

    /**
     * Saves into {@code target}: first a copy of {@code copyFrom} (so Save As keeps every earlier
     * import), then the unsaved import, if any, in one transaction.
     */
    private void write(Path target, Path copyFrom, Runnable then) {
        Dataset toSave = pending;
        List<Path> files = pendingFiles;
        String mappingJson = pendingMapping;
        // a different file chosen with Save As, and confirmed when it existed, is replaced, not added to
        boolean replace = copyFrom == null && !target.equals(file);
        host.status(Messages.get("ws.saving", target.getFileName()));
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws java.io.IOException {
                if (replace) {
                    Files.deleteIfExists(target);
                }
                if (copyFrom != null && !copyFrom.equals(target)) {
                    Files.copy(copyFrom, target, StandardCopyOption.REPLACE_EXISTING);
                }
                try (Workspace ws = Workspace.open(target)) {
                    if (toSave != null) {
                        ws.addImport(files, toSave, mappingJson);
                    }
                }
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    file = target;
                    if (toSave != null) {
                        saved = toSave;
                    }
                    if (pending == toSave) {
                        pending = null;
                        pendingFiles = null;
                        allSaved.run();
                    }
                    settings.addRecentWorkspace(target.toAbsolutePath().toString());
                    host.status(Messages.get("ws.saved", target.getFileName()));
                    host.workspaceChanged();
                    then.run();
                } catch (ExecutionException e) {
                    failed(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void failed(ExecutionException e) {
        host.status(" ");
        JOptionPane.showMessageDialog(host.frame(), Messages.get("ws.error", FailureText.of(e.getCause())),
                Messages.get("error.title"), JOptionPane.WARNING_MESSAGE);
    }

    private Optional<Path> choose(boolean save) {
        JFileChooser chooser = new JFileChooser() {
            private static final long serialVersionUID = 1L;

            /** Save As onto another existing file asks first; No goes back to the chooser. */
            @Override
            public void approveSelection() {
                if (save && getSelectedFile() != null) {
                    Path chosen = withExtension(getSelectedFile().toPath());
                    if (replacesAnother(chosen, file) && JOptionPane.showConfirmDialog(this,
                            Messages.get("ws.replace", chosen.getFileName()), Messages.get("ws.save.title"),
                            JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
                        return;
                    }
                }
                super.approveSelection();
            }
        };
        chooser.setDialogTitle(Messages.get(save ? "ws.save.title" : "ws.open.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("ws.filter"), "roundtrip"));
        int answer = save ? chooser.showSaveDialog(host.frame()) : chooser.showOpenDialog(host.frame());
        if (answer != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        return Optional.of(save ? withExtension(chosen) : chosen);
    }

    /** The file Save As writes for the name chosen: with {@code .roundtrip} added when it lacks it. */
    static Path withExtension(Path chosen) {
        return chosen.getFileName().toString().endsWith(Workspace.EXTENSION) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + Workspace.EXTENSION);
    }

    /**
     * Whether saving into {@code chosen} replaces a file other than the open workspace (which Save As
     * onto itself only adds to), so the user must confirm first. Checks the disk: call it where a
     * dialog waits anyway.
     */
    static boolean replacesAnother(Path chosen, Path open) {
        return Files.exists(chosen) && (open == null || !chosen.toAbsolutePath().normalize()
                .equals(open.toAbsolutePath().normalize()));
    }
}
