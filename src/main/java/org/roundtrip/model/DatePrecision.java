package org.roundtrip.model;

/** How precisely a date was written: a day, or only a month ("2025-08", "Sept 2025"). */
public enum DatePrecision {
    DAY,
    MONTH
}
