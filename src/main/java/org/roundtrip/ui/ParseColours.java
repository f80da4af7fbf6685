package org.roundtrip.ui;

import java.awt.Color;

/**
 * Colours that say how a cell parsed, chosen per theme so that text stays readable on them: light
 * tints behind dark text in the light theme, deep tints behind light text in the dark theme.
 */
final class ParseColours {

    private ParseColours() {
    }

    static Color okBackground() {
        return Dashboard.isDark() ? new Color(0x1F3A2A) : new Color(0xE3F4E8);
    }

    static Color warningBackground() {
        return Dashboard.isDark() ? new Color(0x4A3B12) : new Color(0xFFF1C9);
    }

    static Color rejectedBackground() {
        return Dashboard.isDark() ? new Color(0x5A2327) : new Color(0xFBDADC);
    }

    /** Text of a warning, on the window's ordinary background. */
    static Color warningText() {
        return Dashboard.isDark() ? new Color(0xE8C15A) : new Color(0x9A5B00);
    }

    /** Text of a rejection, on the window's ordinary background. */
    static Color rejectedText() {
        return Dashboard.isDark() ? new Color(0xFF8A8A) : new Color(0xB3261E);
    }
}
