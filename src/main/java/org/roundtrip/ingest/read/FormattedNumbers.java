package org.roundtrip.ingest.read;

import org.apache.poi.ss.usermodel.DataFormatter;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Shows numbers as Excel does with their cell formats; one per workbook, not thread-safe. */
final class FormattedNumbers implements CellValue.NumberDisplay {

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final boolean date1904;
    private final Map<String, Boolean> addsUnit = new HashMap<>();

    FormattedNumbers(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String format(double value, int formatIndex, String formatString) {
        return formatString == null ? CellValue.plainNumber(value)
                : formatter.formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public boolean addsUnit(int formatIndex, String formatString) {
        return addsUnit.computeIfAbsent(formatString,
                f -> CellValue.NumberDisplay.super.addsUnit(formatIndex, f));
    }
}
