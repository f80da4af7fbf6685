package org.roundtrip.ui;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileFilter;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A save dialog that asks before replacing anything: the question comes while the chooser is still
 * open, so that "No" lets the presenter pick another name instead of starting again.
 */
final class SaveChooser extends JFileChooser {

    private final BiFunction<File, FileFilter, Path> resolve;
    private final Function<Path, List<Path>> replaced;
    private Path chosen;

    /**
     * @param resolve  the path an export writes for the file picked under the filter shown (an
     *                 extension added, say)
     * @param replaced the existing files writing to that path would replace, see
     *                 {@link ExportDestination#replaced}
     */
    SaveChooser(String title, BiFunction<File, FileFilter, Path> resolve, Function<Path, List<Path>> replaced) {
        this.resolve = resolve;
        this.replaced = replaced;
        setDialogTitle(title);
    }

    @Override
    public void approveSelection() {
        File picked = getSelectedFile() != null ? getSelectedFile() : getCurrentDirectory();
        Path out = resolve.apply(picked, getFileFilter());
        String question = ExportDestination.question(out, replaced.apply(out));
        if (question != null && JOptionPane.showConfirmDialog(this, question, getDialogTitle(),
                JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
            return;  // stay open: pick another name or cancel
        }
        chosen = out;
        super.approveSelection();
    }

    /** Shows the dialog; the path to write, already confirmed, or empty when cancelled. */
    Optional<Path> ask(Component owner) {
        chosen = null;
        if (showSaveDialog(owner) != APPROVE_OPTION || chosen == null) {
            return Optional.empty();
        }
        return Optional.of(chosen);
    }
}
