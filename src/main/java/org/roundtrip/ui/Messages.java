package org.roundtrip.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's words in English or French (resource bundles under org/roundtrip/ui). */
final class Messages {

    private static ResourceBundle bundle = ResourceBundle.getBundle("org.roundtrip.ui.messages");

    private Messages() {
    }

    static void reload() {
        ResourceBundle.clearCache();
        bundle = ResourceBundle.getBundle("org.roundtrip.ui.messages");
    }

    static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
