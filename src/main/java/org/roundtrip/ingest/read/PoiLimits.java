package org.roundtrip.ingest.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits POI applies to every workbook Roundtrip opens, set in this one place (they are global
 * in POI). Workbooks come from anywhere; these keep a hostile or broken one from exhausting memory
 * or time. See docs/decisions/0007-bad-input.md.
 */
final class PoiLimits {

    /**
     * A part may not inflate to more than 100 times its packed size (POI's default, stated here so
     * that nobody lowers it by accident): real sheet XML packs 5 to 20 times, zip bombs a thousand.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /**
     * No part may inflate beyond 2 GiB. Excel's largest sheet (1,048,576 rows of 16 filled columns)
     * is about 1 GiB of XML; POI's default allows 4 GiB.
     */
    static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;

    private static boolean applied;

    private PoiLimits() {
    }

    /**
     * Sets the limits once. {@code IOUtils.setByteArrayMaxOverride} is deliberately left alone: it
     * replaces every per-record limit of POI (some only a few hundred KB in HSSF) by one figure, so
     * any value large enough for real workbooks would loosen the .xls reader's checks.
     */
    static synchronized void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        applied = true;
    }
}
