package org.roundtrip.ui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** Remembered choices: theme, language, window bounds, recent files. */
final class Settings {

    enum Theme { SYSTEM, LIGHT, DARK }

    private static final int RECENT_MAX = 8;
    private final Preferences prefs = Preferences.userRoot().node("org/roundtrip");

    Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    void theme(Theme t) {
        prefs.put("theme", t.name());
    }

    /** "en", "fr", or "" to follow the system. */
    String language() {
        return prefs.get("language", "");
    }

    void language(String lang) {
        prefs.put("language", lang);
    }

    Rectangle bounds() {
        int w = prefs.getInt("window.w", -1);
        if (w <= 0) {
            return null;
        }
        return new Rectangle(prefs.getInt("window.x", 0), prefs.getInt("window.y", 0), w, prefs.getInt("window.h", 700));
    }

    void bounds(Rectangle r) {
        prefs.putInt("window.x", r.x);
        prefs.putInt("window.y", r.y);
        prefs.putInt("window.w", r.width);
        prefs.putInt("window.h", r.height);
    }

    List<String> recentFiles() {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String f = prefs.get("recent." + i, null);
            if (f != null) {
                files.add(f);
            }
        }
        return files;
    }

    void addRecent(String file) {
        List<String> files = recentFiles();
        files.remove(file);
        files.add(0, file);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i));
            } else {
                prefs.remove("recent." + i);
            }
        }
    }
}
