package org.roundtrip.ui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** Remembered choices: theme, language, window bounds, recent files and workspaces. */
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
        return recent("recent.");
    }

    void addRecent(String file) {
        addRecent("recent.", file);
    }

    /** Workspaces opened or saved lately, newest first. */
    List<String> recentWorkspaces() {
        return recent("recentWorkspace.");
    }

    void addRecentWorkspace(String file) {
        addRecent("recentWorkspace.", file);
    }

    private List<String> recent(String prefix) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String f = prefs.get(prefix + i, null);
            if (f != null) {
                files.add(f);
            }
        }
        return files;
    }

    private void addRecent(String prefix, String file) {
        List<String> files = recent(prefix);
        files.remove(file);
        files.add(0, file);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < files.size()) {
                prefs.put(prefix + i, files.get(i));
            } else {
                prefs.remove(prefix + i);
            }
        }
    }
}
