package org.roundtrip.bench;

import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.Graphics;
import java.util.Locale;

/**
 * The floor of the window's cold start: a JFrame with FlatLaf installed, 1280 × 800 like Roundtrip's
 * first window, nothing in it. Prints {@code empty-window-painted T} (epoch ms) when its content has
 * painted for the first time, then exits.
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Empty");
            frame.setContentPane(new JPanel() {
                private boolean painted;

                @Override
                protected void paintComponent(Graphics g) {
                    super.paintComponent(g);
                    if (!painted) {
                        painted = true;
                        System.out.printf(Locale.ROOT, "empty-window-painted %d%n", System.currentTimeMillis());
                        System.out.flush();
                        // after this paint has reached the screen
                        SwingUtilities.invokeLater(() -> System.exit(0));
                    }
                }
            });
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
