package org.roundtrip.ui;

import com.formdev.flatlaf.FlatClientProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ui.DashboardSmokeTest.onEdt;

/** The window's tabs look exactly like FlatLaf's, their content separator only filled where it lies. */
class ViewTabsTest {

    @BeforeAll
    static void flatLaf() throws Exception {
        SwingUtilities.invokeAndWait(() -> Dashboard.installLookAndFeel(Settings.Theme.LIGHT));
    }

    @Test
    void tabsOnEverySideLookAsFlatLafDrawsThem() throws Exception {
        for (int placement : new int[] {SwingConstants.TOP, SwingConstants.BOTTOM, SwingConstants.LEFT,
                SwingConstants.RIGHT}) {
            for (Settings.Theme theme : new Settings.Theme[] {Settings.Theme.LIGHT, Settings.Theme.DARK}) {
                BufferedImage[] drawn = onEdt(() -> {
                    Dashboard.installLookAndFeel(theme);
                    return new BufferedImage[] {
                        Pixels.of(filled(new JTabbedPane(), placement), 640, 400),
                        Pixels.of(filled(new ViewTabs(), placement), 640, 400)};
                });
                assertThat(Pixels.differing(drawn[0], drawn[1])).as("placement %d, %s", placement, theme).isZero();
            }
        }
        SwingUtilities.invokeAndWait(() -> Dashboard.installLookAndFeel(Settings.Theme.LIGHT));
    }

    @Test
    void theSeparatorIsDrawnWhereItLies() throws Exception {
        BufferedImage drawn = onEdt(() -> Pixels.of(filled(new ViewTabs(),
                SwingConstants.TOP), 640, 400));
        Rectangle view = onEdt(() -> {
            ViewTabs tabs = filled(new ViewTabs(), SwingConstants.TOP);
            Pixels.of(tabs, 640, 400);
            return tabs.getSelectedComponent().getBounds();
        });
        // the row just above the view is the separator, in a colour of its own, right across
        int separator = drawn.getRGB(view.x + view.width / 2, view.y - 1);
        assertThat(separator).isNotEqualTo(Color.GREEN.getRGB()).isNotEqualTo(drawn.getRGB(view.x + view.width / 2,
                view.y - 4));
        assertThat(drawn.getRGB(view.x + view.width - 3, view.y - 1)).isEqualTo(separator);
    }

    @Test
    void aFullBorderIsLeftToFlatLaf() throws Exception {
        BufferedImage[] drawn = onEdt(() -> {
            JTabbedPane theirs = filled(new JTabbedPane(), SwingConstants.TOP);
            ViewTabs ours = filled(new ViewTabs(), SwingConstants.TOP);
            theirs.putClientProperty(FlatClientProperties.TABBED_PANE_HAS_FULL_BORDER, true);
            ours.putClientProperty(FlatClientProperties.TABBED_PANE_HAS_FULL_BORDER, true);
            return new BufferedImage[] {Pixels.of(theirs, 500, 300), Pixels.of(ours, 500, 300)};
        });

        assertThat(Pixels.differing(drawn[0], drawn[1])).isZero();
    }

    @Test
    void theBandBesideTheViewFollowsThePlacement() {
        JTabbedPane tabs = new JTabbedPane();
        JPanel view = new JPanel();
        tabs.addTab("a", view);
        tabs.setSize(600, 400);
        view.setBounds(20, 30, 500, 300);

        assertThat(ViewTabs.SeparatorClippedUI.besideView(tabs, SwingConstants.TOP))
                .isEqualTo(new Rectangle(0, 0, 600, 30));
        assertThat(ViewTabs.SeparatorClippedUI.besideView(tabs, SwingConstants.BOTTOM))
                .isEqualTo(new Rectangle(0, 330, 600, 70));
        assertThat(ViewTabs.SeparatorClippedUI.besideView(tabs, SwingConstants.LEFT))
                .isEqualTo(new Rectangle(0, 0, 20, 400));
        assertThat(ViewTabs.SeparatorClippedUI.besideView(tabs, SwingConstants.RIGHT))
                .isEqualTo(new Rectangle(520, 0, 80, 400));
        view.setBounds(0, 0, 0, 0);
        assertThat(ViewTabs.SeparatorClippedUI.besideView(tabs, SwingConstants.TOP)).isNull();
    }

    /** {@code tabs} with three views, the second in front, each a plain green panel with a label. */
    private static <T extends JTabbedPane> T filled(T tabs, int placement) {
        tabs.updateUI();
        tabs.setTabPlacement(placement);
        for (String name : new String[] {"Overview", "Commitments", "Money flows"}) {
            JPanel view = new JPanel();
            view.setBackground(Color.GREEN);
            view.add(new JLabel(name));
            tabs.addTab(name, view);
        }
        tabs.setSelectedIndex(1);
        return tabs;
    }
}
