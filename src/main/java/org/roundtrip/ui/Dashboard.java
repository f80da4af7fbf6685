package org.roundtrip.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        // a small folder listing, read here rather than on the event thread
        RecoveryStore.Leftover leftover = crashLeftover();
        SwingUtilities.invokeLater(() -> {
            installLookAndFeel(settings.theme());
            MainWindow window = new MainWindow(settings);
            window.show();
            if (leftover != null) {
                if (RecoveryPrompt.ask(window.frame(), leftover)) {
                    // the restored import is the unsaved work: nothing else is opened over it
                    window.restore(leftover);
                    return;
                }
                window.discard(leftover);
            }
            if (files.isEmpty()) {
                window.openSample();
            } else {
                window.openAny(files);
            }
        });
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
        boolean dark = switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemPrefersDark();
        };
        try {
            UIManager.setLookAndFeel(dark ? new FlatDarkLaf() : new FlatLightLaf());
        } catch (javax.swing.UnsupportedLookAndFeelException e) {
            JOptionPane.showMessageDialog(null, "The Roundtrip theme could not be installed; the default look is used.");
        }
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
