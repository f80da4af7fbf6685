package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.roundtrip.ingest.WorkbookPreview;
import org.roundtrip.ingest.sheet.Field;
import org.roundtrip.ingest.sheet.SheetKind;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The window's words exist in English and French, for every key the code builds from an enum. */
class MessagesTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.roundtrip.ui.messages", Locale.ROOT);
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("org.roundtrip.ui.messages", Locale.FRENCH);

    @Test
    void frenchHasEveryEnglishKey() {
        assertThat(FRENCH.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
        for (String key : ENGLISH.keySet()) {
            assertThat(FRENCH.getString(key)).as(key).isNotBlank();
        }
    }

    @Test
    void keysBuiltFromEnumsExist() {
        List<String> keys = new ArrayList<>();
        MainWindow.VIEWS.forEach(v -> keys.add("tab." + v));
        for (DealStatus s : DealStatus.values()) keys.add("status." + lower(s));
        for (DealType t : DealType.values()) keys.add("type." + lower(t));
        for (SheetKind k : SheetKind.values()) keys.add("wizard.kind." + lower(k));
        for (Field f : Field.values()) keys.add("field." + lower(f));
        for (WorkbookPreview.RowStatus r : WorkbookPreview.RowStatus.values()) keys.add("wizard.row." + lower(r));
        for (Settings.Theme t : Settings.Theme.values()) keys.add("menu.view.theme." + lower(t));
        assertThat(ENGLISH.keySet()).containsAll(keys);
    }

    @Test
    void everyPatternFormats() {
        for (ResourceBundle bundle : List.of(ENGLISH, FRENCH)) {
            for (String key : bundle.keySet()) {
                assertThatCode(() -> MessageFormat.format(bundle.getString(key), 1, 2, 3, 4, 5)).as(key)
                        .doesNotThrowAnyException();
            }
        }
        // an apostrophe in a pattern with arguments must be doubled, or MessageFormat swallows the argument
        assertThat(MessageFormat.format(FRENCH.getString("filter.types.some"), 3)).isEqualTo("3 types d'accord");
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
