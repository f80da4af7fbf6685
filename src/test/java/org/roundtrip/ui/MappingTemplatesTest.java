package org.roundtrip.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtrip.ingest.ColumnMapping;
import org.roundtrip.ingest.sheet.Field;

import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved column mappings: JSON that survives a round trip, and damaged JSON that maps nothing. */
class MappingTemplatesTest {

    private final Preferences prefs = Preferences.userRoot().node("org/roundtrip-test/templates-" + System.nanoTime());

    @AfterEach
    void removeTestNode() throws BackingStoreException {
        prefs.removeNode();
    }

    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(
            "Accords", List.of(new ColumnMapping.Choice(3, Field.AMOUNT), new ColumnMapping.Choice(5, null)),
            "", List.of(new ColumnMapping.Choice(0, Field.DATE))));

    @Test
    void jsonRoundTripKeepsFieldsAndColumnsLeftOut() {
        assertThat(MappingTemplates.fromJson(MappingTemplates.toJson(MAPPING))).isEqualTo(MAPPING);
    }

    @Test
    void damagedJsonMapsNothingAndUnknownFieldsAreLeftOut() {
        assertThat(MappingTemplates.fromJson("{not json")).isEqualTo(ColumnMapping.NONE);
        assertThat(MappingTemplates.fromJson("{\"Deals\": {\"3\": \"SALARY\", \"x\": \"AMOUNT\", \"4\": \"PAYER\"}}")
                .forSheet("Deals")).containsExactly(new ColumnMapping.Choice(4, Field.PAYER));
    }

    @Test
    void savedTemplatesAreListedByNameAndTheLastUsedIsOfferedFirst() {
        MappingTemplates templates = new MappingTemplates(prefs.node("templates"));
        assertThat(templates.lastUsed()).isEmpty();

        templates.save("Monthly deals", MAPPING);
        templates.used("Monthly deals");

        assertThat(templates.all()).containsOnlyKeys("Monthly deals");
        assertThat(templates.all().get("Monthly deals")).isEqualTo(MAPPING);
        assertThat(templates.lastUsed()).contains("Monthly deals");
    }
}
