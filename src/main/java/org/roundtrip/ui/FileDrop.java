package org.roundtrip.ui;

import javax.swing.TransferHandler;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Accepts files dropped on the window and hands them to the import wizard. */
final class FileDrop extends TransferHandler {

    private static final long serialVersionUID = 1L;
    private final transient Consumer<List<Path>> onFiles;

    FileDrop(Consumer<List<Path>> onFiles) {
        this.onFiles = onFiles;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            @SuppressWarnings("unchecked")
            List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> paths = files.stream().map(File::toPath).toList();
            if (paths.isEmpty()) {
                return false;
            }
            // the drop returns at once; the wizard opens after the drag-and-drop gesture has finished
            javax.swing.SwingUtilities.invokeLater(() -> onFiles.accept(paths));
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
