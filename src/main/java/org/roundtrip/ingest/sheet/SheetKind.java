package org.roundtrip.ingest.sheet;

/** What a sheet holds, recognised from its header row; tried in this order, the first that fits wins. */
public enum SheetKind {
    DEALS,
    REVENUES,
    PRICES_LONG,
    PRICES_WIDE,
    COMPANIES,
    RATES
}
