package org.roundtrip.ui;

import com.formdev.flatlaf.ui.FlatScrollPaneBorder;
import org.junit.jupiter.api.Test;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableModel;
import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtrip.ui.DashboardSmokeTest.onEdt;

/** A table view's scroll pane keeps FlatLaf's outline, drawn one edge at a time. */
class TableScrollPaneTest {

    @Test
    void looksAsFlatLafDrawsItInBothThemes() throws Exception {
        for (Settings.Theme theme : new Settings.Theme[] {Settings.Theme.LIGHT, Settings.Theme.DARK}) {
            BufferedImage[] drawn = onEdt(() -> {
                Dashboard.installLookAndFeel(theme);
                return new BufferedImage[] {
                    Pixels.of(new JScrollPane(table()), 700, 300),
                    Pixels.of(new TableScrollPane(table()), 700, 300)};
            });
            assertThat(Pixels.differing(drawn[0], drawn[1])).as("%s theme", theme).isZero();
        }
        SwingUtilities.invokeAndWait(() -> Dashboard.installLookAndFeel(Settings.Theme.LIGHT));
    }

    @Test
    void aNewThemesOutlineIsDrawnInBandsToo() throws Exception {
        Object[] seen = onEdt(() -> {
            Dashboard.installLookAndFeel(Settings.Theme.LIGHT);
            TableScrollPane scroll = new TableScrollPane(table());
            Color light = UIManager.getColor("Component.borderColor");
            Dashboard.installLookAndFeel(Settings.Theme.DARK);
            SwingUtilities.updateComponentTreeUI(scroll);
            Color dark = UIManager.getColor("Component.borderColor");
            BufferedImage drawn = Pixels.of(scroll, 400, 200);
            Dashboard.installLookAndFeel(Settings.Theme.LIGHT);
            return new Object[] {scroll.getBorder(), light, dark, drawn.getRGB(200, 0)};
        });

        assertThat(seen[0]).isInstanceOf(TableScrollPane.EdgeBandsBorder.class);
        assertThat(seen[1]).isNotEqualTo(seen[2]);
        assertThat(seen[3]).isEqualTo(((Color) seen[2]).getRGB());
    }

    @Test
    void otherBordersAreKeptAsGiven() throws Exception {
        Object border = onEdt(() -> {
            Dashboard.installLookAndFeel(Settings.Theme.LIGHT);
            TableScrollPane scroll = new TableScrollPane(table());
            scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder(2, 2, 2, 2));
            return scroll.getBorder();
        });

        assertThat(border).isNotInstanceOf(FlatScrollPaneBorder.class);
    }

    private static JTable table() {
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Payer", "Recipient", "Amount"}, 0);
        model.addRow(new Object[] {"Nvidia", "OpenAI", "100 bn"});
        model.addRow(new Object[] {"OpenAI", "Oracle", "300 bn"});
        return new JTable(model);
    }
}
