package org.roundtrip.ui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** Remembered choices: theme, language, window bounds, recent files and workspaces, export choices. */
final class Settings {

    enum Theme { SYSTEM, LIGHT, DARK }

    private static final int RECENT_MAX = 8;
    private final Preferences prefs;

    Settings() {
        this(Preferences.userRoot().node("org/roundtrip"));
    }

    /** Settings kept in {@code prefs}; tests pass a node of their own. */
    Settings(Preferences prefs) {
        this.prefs = java.util.Objects.requireNonNull(prefs, "prefs");
    }

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

    /** What File › Export all charts chose last time, or {@link ExportChoices#defaults()}. */
    ExportChoices exportChoices() {
        ExportChoices d = ExportChoices.defaults();
        String charts = prefs.get("export.charts", null);
        return ExportChoices.of(charts == null ? d.charts() : List.of(charts.split(",")),
                enumOr(ExportChoices.Format.class, prefs.get("export.format", null), d.format()),
                prefs.getInt("export.scale", d.scale()), prefs.getBoolean("export.dark", d.dark()),
                prefs.get("export.template", ""), prefs.get("export.folder", ""));
    }

    void exportChoices(ExportChoices c) {
        prefs.put("export.charts", String.join(",", c.charts()));
        prefs.put("export.format", c.format().name());
        prefs.putInt("export.scale", c.scale());
        prefs.putBoolean("export.dark", c.dark());
        prefs.put("export.template", c.template());
        prefs.put("export.folder", c.folder());
    }

    /** File › Export this chart's last choices: the extension ("png", "svg", "pdf"), the PNG scale, the theme. */
    ExportChoices.OneChart chartExportChoices() {
        ExportChoices.OneChart d = ExportChoices.OneChart.defaults();
        return ExportChoices.OneChart.of(prefs.get("exportChart.extension", d.extension()),
                prefs.getInt("exportChart.scale", d.scale()), prefs.getBoolean("exportChart.dark", d.dark()),
                prefs.get("export.folder", ""));
    }

    void chartExportChoices(ExportChoices.OneChart c) {
        prefs.put("exportChart.extension", c.extension());
        prefs.putInt("exportChart.scale", c.scale());
        prefs.putBoolean("exportChart.dark", c.dark());
        prefs.put("export.folder", c.folder());
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
