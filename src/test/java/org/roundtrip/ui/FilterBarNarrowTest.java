package org.roundtrip.ui;

import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Rectangle;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter strip on the narrowest window (900 pixels, the frame's minimum) in French, the longer
 * language: Reset stays whole on screen, and the menu buttons give way instead, keeping their text
 * in a tooltip.
 */
class FilterBarNarrowTest {

    @Test
    void resetStaysInSightAtTheMinimumWidthInFrench() throws Exception {
        DashboardSmokeTest.requireDisplay();
        Locale before = Locale.getDefault();
        AtomicReference<Rectangle> reset = new AtomicReference<>();
        AtomicReference<Integer> stripWidth = new AtomicReference<>();
        AtomicReference<String> companiesTip = new AtomicReference<>();
        try {
            Locale.setDefault(Locale.FRENCH);
            Messages.reload();
            SwingUtilities.invokeAndWait(() -> {
                Dashboard.installLookAndFeel(Settings.Theme.LIGHT);
                FilterBar bar = new FilterBar(f -> { });
                JFrame frame = new JFrame();
                frame.getContentPane().add(bar.component());
                frame.setSize(900, 120);
                frame.setVisible(true);
                frame.validate();
                JButton button = bar.resetButton();
                JComponent strip = bar.component();
                reset.set(SwingUtilities.convertRectangle(button.getParent(), button.getBounds(), strip));
                stripWidth.set(strip.getWidth());
                companiesTip.set(((JButton) strip.getComponent(strip.getComponentCount() - 2)).getToolTipText());
                frame.dispose();
            });
        } finally {
            Locale.setDefault(before);
            Messages.reload();
        }
        assertThat(reset.get().width).as("Reset is drawn whole").isGreaterThanOrEqualTo(40);
        assertThat(reset.get().x + reset.get().width).as("Reset ends inside the strip").isLessThanOrEqualTo(stripWidth.get());
        assertThat(companiesTip.get()).isEqualTo("Toutes les sociétés");
    }
}
