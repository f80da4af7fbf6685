package org.roundtrip.ui;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's reliability behaviours with a real window: the password prompt for an encrypted
 * workbook, and the autosave's recovery file. Needs a display: CI runs it under xvfb-run (and fails
 * rather than skips there); on a machine without one it is skipped.
 */
class WindowReliabilityTest {

    private static final Path ENCRYPTED = Path.of("src/test/resources/bad-inputs/encrypted.xlsx");
    private static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");

    @TempDir
    Path dir;

    @Test
    void anEncryptedWorkbookIsOpenedAfterAWrongThenTheRightPassword() throws Exception {
        requireDisplay();
        MainWindow w = window();
        SwingUtilities.invokeAndWait(() -> w.open(List.of(ENCRYPTED)));

        JPasswordField first = awaitPasswordField();
        assertThat(texts(SwingUtilities.getWindowAncestor(first))).anyMatch(t -> t.contains("encrypted.xlsx"));
        answer(first, "not it");
        JPasswordField second = awaitPasswordField();
        assertThat(texts(SwingUtilities.getWindowAncestor(second)))
                .anyMatch(t -> t.contains(Messages.get("password.wrong", "encrypted.xlsx", 2, 3)));
        answer(second, "s3cret");

        await(w::isLoaded, "the encrypted workbook opens");
        assertThat(w.snapshot().all().deals()).hasSize(2);
        assertThat(w.workspace().hasUnsavedChanges()).isTrue();
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());
    }

    @Test
    void anUnsavedImportIsAutosavedAndASaveDeletesTheRecoveryFile() throws Exception {
        requireDisplay();
        String before = System.getProperty(RecoveryStore.DIR_PROPERTY);
        System.setProperty(RecoveryStore.DIR_PROPERTY, dir.resolve("recovery").toString());
        try {
            MainWindow w = window();
            Path recovery = w.autosave().store().sessionFile();
            SwingUtilities.invokeAndWait(() -> w.open(List.of(SAMPLE)));
            await(w::isLoaded, "the workbook opens");
            int deals = w.snapshot().all().deals().size();

            SwingUtilities.invokeAndWait(() -> w.autosave().writeIfChanged());
            awaitFile(recovery, true);
            try (org.roundtrip.workspace.Workspace ws = org.roundtrip.workspace.Workspace.openExisting(recovery)) {
                assertThat(ws.latestImport().orElseThrow().deals()).hasSize(deals);
            }

            SwingUtilities.invokeAndWait(() -> w.workspace().saveAs(dir.resolve("saved.roundtrip")));
            awaitFile(recovery, false);
            assertThat(w.workspace().hasUnsavedChanges()).isFalse();
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryStore.DIR_PROPERTY);
            } else {
                System.setProperty(RecoveryStore.DIR_PROPERTY, before);
            }
        }
    }

    @Test
    void restoringACrashedSessionsImportShowsItUnsavedAndMovesItToThisSessionsFile() throws Exception {
        requireDisplay();
        Path recoveryDir = dir.resolve("recovery");
        org.roundtrip.model.Dataset sample = org.roundtrip.ingest.Importer.importFiles(List.of(SAMPLE),
                org.roundtrip.ingest.ImportOptions.defaults()).dataset();
        new RecoveryStore(recoveryDir, 4_000_000_000L).write(List.of(SAMPLE), sample, null);
        String before = System.getProperty(RecoveryStore.DIR_PROPERTY);
        System.setProperty(RecoveryStore.DIR_PROPERTY, recoveryDir.toString());
        try {
            MainWindow w = window();
            RecoveryStore.Leftover leftover = w.autosave().store().newestLeftover().orElseThrow();
            SwingUtilities.invokeAndWait(() -> w.restore(leftover));

            await(w::isLoaded, "the restored import shows");
            assertThat(w.snapshot().all().deals()).containsExactlyElementsOf(sample.deals());
            assertThat(w.workspace().hasUnsavedChanges()).isTrue();
            awaitFile(leftover.file(), false);
            assertThat(w.autosave().store().sessionFile()).exists();
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryStore.DIR_PROPERTY);
            } else {
                System.setProperty(RecoveryStore.DIR_PROPERTY, before);
            }
        }
    }

    @Test
    void saveAsAsksOnlyBeforeReplacingAnotherFile() throws Exception {
        Path other = Files.createFile(dir.resolve("other.roundtrip"));
        Path open = dir.resolve("open.roundtrip");
        Files.createFile(open);

        assertThat(WorkspaceController.withExtension(dir.resolve("other"))).isEqualTo(other);
        assertThat(WorkspaceController.replacesAnother(other, null)).isTrue();
        assertThat(WorkspaceController.replacesAnother(other, open)).isTrue();
        assertThat(WorkspaceController.replacesAnother(open, open)).as("Save As onto itself adds to it").isFalse();
        assertThat(WorkspaceController.replacesAnother(dir.resolve("new.roundtrip"), open)).isFalse();
    }

    private static MainWindow window() throws Exception {
        return DashboardSmokeTest.shown(Settings.Theme.LIGHT);
    }

    private static void answer(JPasswordField field, String password) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            field.setText(password);
            field.postActionEvent();
        });
    }

    /** The password field of the password dialog once it shows (a new dialog each time). */
    private static JPasswordField awaitPasswordField() throws Exception {
        AtomicReference<JPasswordField> found = new AtomicReference<>();
        await(() -> {
            for (Window win : Window.getWindows()) {
                if (win instanceof JDialog d && d.isShowing()) {
                    JPasswordField f = find(d, JPasswordField.class);
                    if (f != null) {
                        found.set(f);
                        return true;
                    }
                }
            }
            return false;
        }, "the password dialog shows");
        return found.get();
    }

    private static <T> T find(Container c, Class<T> type) {
        for (Component child : c.getComponents()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Container inner) {
                T t = find(inner, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static List<String> texts(Container c) {
        List<String> texts = new ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l && l.getText() != null) {
                texts.add(l.getText());
            }
            if (child instanceof Container inner) {
                texts.addAll(texts(inner));
            }
        }
        return texts;
    }

    private static void awaitFile(Path file, boolean exists) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (Files.exists(file) != exists && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Files.exists(file)).as(file + (exists ? " written" : " deleted") + " within 30 s").isEqualTo(exists);
    }

    private static void requireDisplay() {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run)");
        }
        assertThat(GraphicsEnvironment.isHeadless()).as("CI must give the GUI test a display").isFalse();
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        AtomicReference<Boolean> ok = new AtomicReference<>(false);
        while (System.currentTimeMillis() < deadline) {
            SwingUtilities.invokeAndWait(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(ok.get()).as(what + " within 30 s").isTrue();
    }
}
