package org.roundtrip.ui;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the real window on the bundled sample, switches every view and writes a screenshot of each
 * to target/screenshots. Needs a display: CI runs it under xvfb-run (and fails rather than skips
 * there); on a machine without one it is skipped.
 */
class DashboardSmokeTest {

    @Test
    void opensTheSampleAndShowsEveryView() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run)");
        }
        assertThat(GraphicsEnvironment.isHeadless()).as("CI must give the GUI test a display").isFalse();
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        for (Settings.Theme theme : new Settings.Theme[] {Settings.Theme.LIGHT, Settings.Theme.DARK}) {
            AtomicReference<MainWindow> window = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                Dashboard.installLookAndFeel(theme);
                MainWindow w = new MainWindow(new Settings());
                w.frame().setBounds(0, 0, 1280, 800);
                w.frame().setVisible(true);
                w.openSample();
                window.set(w);
            });
            MainWindow w = window.get();
            long deadline = System.currentTimeMillis() + 20_000;
            while (!w.isLoaded() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(w.isLoaded()).as("the sample loads within 20 s").isTrue();
            JTabbedPane tabs = w.tabs();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                int tab = i;
                SwingUtilities.invokeAndWait(() -> tabs.setSelectedIndex(tab));
                SwingUtilities.invokeAndWait(() -> { });
                AtomicReference<BufferedImage> image = new AtomicReference<>();
                SwingUtilities.invokeAndWait(() -> image.set(paint(w.frame().getContentPane())));
                String name = theme.name().toLowerCase() + "-" + tab + "-"
                        + tabs.getTitleAt(tab).toLowerCase().replaceAll("[^a-z]+", "-") + ".png";
                ImageIO.write(image.get(), "png", out.resolve(name).toFile());
                assertThat(image.get().getWidth()).isGreaterThan(600);
            }
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        }
    }

    private static BufferedImage paint(Component c) {
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        c.paint(g);
        g.dispose();
        return img;
    }
}
