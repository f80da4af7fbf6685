package org.roundtrip.ui;

import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.util.Arrays;
import java.util.List;

/** Asks for the password of an encrypted workbook; Cancel skips that file. */
final class PasswordDialog {

    private PasswordDialog() {
    }

    /**
     * Asks for each request in turn and records the answers in {@code requests}.
     *
     * @return true when at least one password was typed, so the import should run again
     */
    static boolean askAll(Component owner, PasswordRequests requests, List<PasswordRequests.Request> asks) {
        boolean any = false;
        for (PasswordRequests.Request r : asks) {
            String password = ask(owner, r);
            requests.answered(r.file(), password);
            any |= password != null;
        }
        return any;
    }

    /** The password typed for the file, or null when the user cancelled. */
    private static String ask(Component owner, PasswordRequests.Request r) {
        String name = String.valueOf(r.file().getFileName());
        JPasswordField field = new JPasswordField(24);
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1", "[grow]"));
        if (r.previousWasWrong()) {
            JLabel wrong = new JLabel(Messages.get("password.wrong", name, r.attempt(), PasswordRequests.MAX_TRIES));
            wrong.setForeground(ParseColours.rejectedText());
            panel.add(wrong);
        }
        panel.add(new JLabel(Messages.get("password.message", name)));
        panel.add(field, "growx");
        JOptionPane pane = new JOptionPane(panel, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
        javax.swing.JDialog dialog = pane.createDialog(owner, Messages.get("password.title"));
        // the field, not the OK button, takes the first keystrokes
        dialog.addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowGainedFocus(java.awt.event.WindowEvent e) {
                SwingUtilities.invokeLater(field::requestFocusInWindow);
            }
        });
        field.addActionListener(e -> pane.setValue(JOptionPane.OK_OPTION));
        dialog.setVisible(true);
        dialog.dispose();
        char[] typed = field.getPassword();
        try {
            boolean ok = Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue());
            return ok ? new String(typed) : null;
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
