package org.roundtrip.model;

/** How firm a deal is. Signed and announced deals are counted; talks only on request. */
public enum DealStatus {
    SIGNED("signed"),
    ANNOUNCED("announced"),
    TALKS("talks");

    private final String label;

    DealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a deal of this status enters the figures. */
    public boolean isCounted(boolean includeTalks) {
        return this != TALKS || includeTalks;
    }
}
