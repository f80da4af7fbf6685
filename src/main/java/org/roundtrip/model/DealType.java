package org.roundtrip.model;

/** What kind of deal moves the money. Unknown wording in a workbook becomes {@link #OTHER}. */
public enum DealType {
    EQUITY_INVESTMENT("equity investment"),
    EQUITY_WARRANT("equity warrant"),
    CLOUD_CONTRACT("cloud contract"),
    CLOUD_CREDITS("cloud credits"),
    CHIP_PURCHASE("chip purchase"),
    CAPACITY_BACKSTOP("capacity backstop"),
    ACQUISITION("acquisition"),
    OTHER("other");

    private final String label;

    DealType(String label) {
        this.label = label;
    }

    /** The English label used in workbooks and in the JSON output, e.g. {@code "cloud contract"}. */
    public String label() {
        return label;
    }
}
