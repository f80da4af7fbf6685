package org.roundtrip.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import org.roundtrip.charts.ChartTheme;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the window: installs the look and feel, builds the frame on the event thread, shows it at
 * once and loads the workbooks in the background.
 */
public final class Dashboard {

    private Dashboard() {
    }

    public static void launch(String[] args) {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("Roundtrip: no display to open the window on. For the command line, try: "
                    + "java -jar roundtrip.jar summary FILE");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.add(Path.of(a));
        }
        Settings settings = new Settings();
        if (!settings.language().isEmpty()) {
            Locale.setDefault(Locale.forLanguageTag(settings.language()));
        }
        // The event thread starts on the look and the window at once; meanwhile this thread lists the
        // recovery folder and starts reading what the window opens (the sample, or the workbooks
        // named), which then overlaps the window's construction on another core. A crashed session's
        // file is asked about first, so nothing is read ahead then.
        CompletableFuture<Start> start = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            installLookAndFeel(settings.theme());
            MainWindow window = new MainWindow(settings);
            window.show();
            Start begun = start.join();
            if (begun.leftover() != null) {
                if (RecoveryPrompt.ask(window.frame(), begun.leftover())) {
                    // the restored import is the unsaved work: nothing else is opened over it
                    window.restore(begun.leftover());
                    return;
                }
                window.discard(begun.leftover());
            }
            if (begun.ahead() != null) {
                window.openAhead(begun.ahead());
            } else if (files.isEmpty()) {
                window.openSample();
            } else {
                window.openAny(files);
            }
        });
        try {
            RecoveryStore.Leftover leftover = crashLeftover();
            start.complete(new Start(leftover, leftover != null ? null
                    : StartAhead.begin(files, prefersDark(settings.theme()) ? ChartTheme.DARK : ChartTheme.LIGHT)));
        } finally {
            // whatever went wrong here, the window opens its files itself rather than wait for ever
            start.complete(new Start(null, null));
        }
    }

    /** What the main thread found while the window was built: a crashed session's file, or the import under way. */
    private record Start(RecoveryStore.Leftover leftover, StartAhead ahead) {
    }

    /** The newest recovery file a crashed session left, or null when there is none or it cannot be listed. */
    private static RecoveryStore.Leftover crashLeftover() {
        try {
            return RecoveryStore.forThisProcess().newestLeftover().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static void installLookAndFeel(Settings.Theme theme) {
        boolean dark = prefersDark(theme);
        try {
            UIManager.setLookAndFeel(dark ? new FlatDarkLaf() : new FlatLightLaf());
        } catch (javax.swing.UnsupportedLookAndFeelException e) {
            JOptionPane.showMessageDialog(null, "The Roundtrip theme could not be installed; the default look is used.");
        }
    }

    private static boolean prefersDark(Settings.Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemPrefersDark();
        };
    }

    static boolean isDark() {
        return UIManager.getLookAndFeel() instanceof FlatDarkLaf;
    }

    /** GNOME and KDE say so in GTK_THEME or the colour scheme; anywhere else we start light. */
    private static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
    }
}
