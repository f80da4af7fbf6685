package org.roundtrip.ingest.sheet;

import org.apache.poi.ss.usermodel.DateUtil;
import org.roundtrip.ingest.cell.Amount;
import org.roundtrip.ingest.cell.AmountParser;
import org.roundtrip.ingest.cell.CompanyNames;
import org.roundtrip.ingest.cell.DateCandidates;
import org.roundtrip.ingest.cell.DateParser;
import org.roundtrip.ingest.cell.DealWords;
import org.roundtrip.ingest.cell.Decimals;
import org.roundtrip.ingest.cell.NumberParser;
import org.roundtrip.ingest.cell.Parsed;
import org.roundtrip.ingest.cell.Period;
import org.roundtrip.ingest.cell.PeriodParser;
import org.roundtrip.ingest.cell.Text;
import org.roundtrip.ingest.cell.UnitHint;
import org.roundtrip.ingest.read.CellValue;
import org.roundtrip.ingest.read.SheetRow;
import org.roundtrip.model.DatePrecision;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.ImportIssue.Severity;
import org.roundtrip.model.RevenuePeriod;
import org.roundtrip.model.SourceRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the data rows of one recognised sheet into the {@link ImportState}: skips blank rows, totals
 * and notes; parses each cell, reporting the cell it came from; imports a row only when none of its
 * cells is rejected.
 */
public final class SheetImporter {

    /** A revenue period shorter than this is rejected. */
    static final int MIN_PERIOD_DAYS = 15;

    private static final Pattern TOTAL = Pattern.compile("^(grand total|sous ?-?total|totals?|totaux)(\\W.*)?$");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,7}(\\.\\d+)?");
    /** Excel's last date, 9999-12-31, as a serial. */
    private static final double MAX_SERIAL = 2958465;
    /** Excel's first date: an earlier one cannot be a date cell, so as text it is most likely a typo. */
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final String SERIAL_OUT_OF_RANGE =
            "not a date: Excel's date numbers run from 1 (1900-01-01) to 2958465 (9999-12-31)";
    /** Excel's limit for the text of one cell; a longer one comes from no spreadsheet program. */
    static final int MAX_CELL_CHARS = 32_767;

    private final ImportState state;
    private final int fileIndex;
    private final String file;
    private final int sheetIndex;
    private final String sheet;
    private final SheetLayout layout;
    private final boolean date1904;
    private final boolean french;
    private final Map<Integer, DateColumn> dateColumns = new LinkedHashMap<>();
    private final Deque<RowParse> pending = new ArrayDeque<>();
    private final Map<String, UnitHint> hintCache = new HashMap<>();
    // Big ledgers repeat a few types, statuses and days on every row: parse each once.
    private final Map<String, Parsed<DealType>> typeCache = new HashMap<>();
    private final Map<String, Parsed<DealStatus>> statusCache = new HashMap<>();
    /** Days by Excel serial number up to 2079-06-06 (serial 65,535): every ledger date, without boxing. */
    private DealDate[] dayCache;
    private static final int CACHE_LIMIT = 50_000;
    private boolean dataSeen;
    private boolean tableEnded;

    public SheetImporter(ImportState state, int fileIndex, String file, int sheetIndex, String sheet,
                         SheetLayout layout, boolean date1904) {
        this.state = state;
        this.fileIndex = fileIndex;
        this.file = file;
        this.sheetIndex = sheetIndex;
        this.sheet = sheet;
        this.sheetOrigin = new SourceRef(file, sheet, 0);
        this.layout = layout;
        this.date1904 = date1904;
        this.french = layout.french();
        for (SheetLayout.Column dup : layout.duplicates()) {
            SheetLayout.Column kept = layout.column(dup.field());
            state.issue(Severity.WARNING, where(layout.headerRow(), dup.index()), dup.text(),
                    "second column for " + dup.field().name().toLowerCase() + ": ignored, column "
                            + org.roundtrip.ingest.read.CellRefs.column(kept.index()) + " (\"" + kept.text()
                            + "\") is used");
        }
    }

    private Where where(int row, int column) {
        return new Where(fileIndex, file, sheetIndex, sheet, row, column);
    }

    /** Reads one row of the sheet (rows above the table are ignored). */
    public void accept(SheetRow row) {
        if (row.index() < layout.firstDataRow()) {
            return;
        }
        if (row.isBlank()) {
            tableEnded = dataSeen;
            return;
        }
        CellValue first = row.first();
        if (first.kind() == CellValue.Kind.TEXT && TOTAL.matcher(Text.fold(first.text())).matches()) {
            return;
        }
        if (row.count() == 1 && first.kind() == CellValue.Kind.TEXT && !isLoneCompany(first)) {
            return; // a note below or beside the table
        }
        dataSeen = true;
        RowParse rp = parse(row);
        if (!pending.isEmpty() || rp.isWaiting()) {
            pending.addLast(rp);
            drain();
        } else {
            complete(rp);
        }
    }

    /** A companies sheet may list a company with nothing else about it. */
    private boolean isLoneCompany(CellValue only) {
        return layout.kind() == SheetKind.COMPANIES && !tableEnded
                && only.column() == layout.column(Field.COMPANY).index();
    }

    /** Ends the sheet: columns of dates still undecided are read by the sheet's language. */
    public void finish() {
        for (DateColumn dc : dateColumns.values()) {
            String example = dc.settleByDefault(french);
            if (example != null) {
                state.issue(Severity.WARNING, where(layout.headerRow(), dc.column()),
                        headerText(dc.column()),
                        "dates such as \"" + example + "\" could be day/month or month/day; none has a part above 12,"
                                + " so they are read as " + DateColumn.pattern(dc.order())
                                + (french ? " (the sheet is in French)" : " (the sheet is in English)"));
            }
        }
        while (!pending.isEmpty()) {
            complete(pending.pollFirst());
        }
    }

    private String headerText(int column) {
        for (SheetLayout.Column c : layout.columns().values()) {
            if (c.index() == column) {
                return c.text();
            }
        }
        return "";
    }

    private void drain() {
        while (!pending.isEmpty() && !pending.peekFirst().isWaiting()) {
            complete(pending.pollFirst());
        }
    }

    // ------------------------------------------------------------------ parsing

    private RowParse parse(SheetRow row) {
        RowParse rp = new RowParse(row);
        switch (layout.kind()) {
            case DEALS -> parseDeal(rp);
            case REVENUES -> parseRevenue(rp);
            case PRICES_LONG -> parsePriceLong(rp);
            case PRICES_WIDE -> parsePriceWide(rp);
            case COMPANIES -> parseCompany(rp);
            case RATES -> parseRate(rp);
        }
        return rp;
    }

    private int col(Field f) {
        SheetLayout.Column c = layout.column(f);
        return c == null ? -1 : c.index();
    }

    /** The cell of a field, or null when the field has no column, the cell is empty, or it was rejected. */
    private CellValue cell(RowParse rp, int column) {
        if (column < 0) {
            return null;
        }
        CellValue v = rp.row.cell(column);
        if (v == null) {
            return null;
        }
        switch (v.kind()) {
            case ERROR -> {
                rp.reject(column, "formula error " + v.text() + " in this cell");
                return null;
            }
            case NO_CACHED_VALUE -> {
                rp.reject(column, "formula with no saved result: open and save the workbook in Excel, then import it again");
                return null;
            }
            case TEXT -> {
                if (v.text().length() > MAX_CELL_CHARS) {
                    // Not parsed at all: no field needs that much, and parsing it would only cost time.
                    rp.reject(column, "text of " + v.text().length() + " characters, more than a cell can hold in"
                            + " Excel (" + MAX_CELL_CHARS + ")");
                    return null;
                }
                return v.text().isBlank() ? null : v;
            }
            default -> {
                return v;
            }
        }
    }

    /** Trimmed text of a field's cell, "" when empty or rejected. */
    private String text(RowParse rp, Field f) {
        CellValue v = cell(rp, col(f));
        return v == null ? "" : v.text().trim();
    }

    /** A required text field; rejects the row on that cell when it is empty. */
    private String required(RowParse rp, Field f, String what) {
        int c = col(f);
        int before = rp.rejected.size();
        CellValue v = cell(rp, c);
        if (v == null) {
            if (rp.rejected.size() == before) {
                rp.reject(c, what + " is missing");
            }
            return null;
        }
        return v.text().trim();
    }

    private UnitHint hint(String words) {
        return hintCache.computeIfAbsent(words, w -> w.isEmpty() ? UnitHint.NONE : UnitHint.parse(w, french));
    }

    private interface DateTarget {
        void set(DealDate d);
    }

    /**
     * Reads a date cell: a real date, an Excel serial number, or text (ISO, month names, or d/m/y
     * decided by the column).
     *
     * @param endOfMonth a month-precision date stands for its last day (period ends)
     */
    private void date(RowParse rp, Field f, boolean required, boolean endOfMonth, DateTarget target) {
        int c = col(f);
        int before = rp.rejected.size();
        CellValue v = cell(rp, c);
        if (v == null) {
            if (required && rp.rejected.size() == before) {
                rp.reject(c, "date is missing");
            }
            return;
        }
        if (v.isNumeric()) {
            DealDate d = serialDay(v.number());
            if (d == null) {
                rp.reject(c, SERIAL_OUT_OF_RANGE);
            } else {
                target.set(d);
            }
            return;
        }
        if (v.kind() != CellValue.Kind.TEXT) {
            rp.reject(c, "not a date");
            return;
        }
        String t = v.text().trim();
        if (SERIAL.matcher(t).matches() && !t.matches("\\d{4}")) {
            DealDate d = serialDay(Double.parseDouble(t));
            if (d == null) {
                rp.reject(c, SERIAL_OUT_OF_RANGE);
            } else {
                target.set(d);
            }
            return;
        }
        Parsed<DateCandidates> p = DateParser.parse(t);
        if (p.isRejected()) {
            rp.reject(c, p.rejection());
            return;
        }
        DateCandidates dc = p.value();
        DateTarget inRange = d -> {
            if (d.date().isBefore(FIRST_DATE)) {
                rp.reject(c, "a date before 1900-01-01, the first date Excel knows: is the year mistyped?");
            } else {
                target.set(d);
            }
        };
        DateTarget adjusted = endOfMonth ? d -> inRange.set(d.precision() == DatePrecision.MONTH
                ? DealDate.ofDay(d.date().with(TemporalAdjusters.lastDayOfMonth())) : d) : inRange;
        if (dc.exact() != null) {
            adjusted.set(dc.exact());
            return;
        }
        DateColumn column = dateColumns.computeIfAbsent(c, DateColumn::new);
        column.offer(dc.dayFirst() != null, dc.monthFirst() != null, where(rp.row.index(), c));
        if (dc.dayFirst() != null && dc.monthFirst() != null) {
            column.sawAmbiguous(t);
        }
        rp.dates.add(new RowParse.DateSlot(column, dc, t, adjusted::set));
    }

    private static <T> T cached(Map<String, T> cache, String key, java.util.function.Function<String, T> parse) {
        T value = cache.get(key);
        if (value == null) {
            value = parse.apply(key);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(key, value);
            }
        }
        return value;
    }

    /** The day of an Excel serial number (time of day dropped), or null when it is no date. */
    private DealDate serialDay(double value) {
        boolean cacheable = value == Math.rint(value) && value >= 0 && value < 65_536;
        if (cacheable) {
            if (dayCache == null) {
                dayCache = new DealDate[65_536];
            }
            DealDate known = dayCache[(int) value];
            if (known != null) {
                return known;
            }
        }
        LocalDate d = serial(value);
        if (d == null) {
            return null;
        }
        DealDate day = DealDate.ofDay(d);
        if (cacheable) {
            dayCache[(int) value] = day;
        }
        return day;
    }

    private LocalDate serial(double value) {
        if (!(value >= 1 && value <= MAX_SERIAL) || !DateUtil.isValidExcelDate(value)) {
            return null;
        }
        LocalDateTime dt = DateUtil.getLocalDateTime(value, date1904);
        return dt == null ? null : dt.toLocalDate();
    }

    private static final class DealValues {
        String payer;
        String recipient;
        DealDate date;
        double amount = Double.NaN;
        String amountText = "";
        String currency = "USD";
        DealType type = DealType.OTHER;
        double term = Double.NaN;
        DealStatus status = DealStatus.ANNOUNCED;
        String source = "";
        String note = "";
    }

    private void parseDeal(RowParse rp) {
        DealValues v = new DealValues();
        rp.values = v;
        v.payer = required(rp, Field.PAYER, "payer");
        v.recipient = required(rp, Field.RECIPIENT, "recipient");
        date(rp, Field.DATE, true, false, d -> v.date = d);
        Money money = money(rp, Field.AMOUNT, true);
        if (money != null) {
            v.amount = money.usd;
            v.currency = money.currency;
            v.amountText = money.text;
        }
        CellValue typeCell = cell(rp, col(Field.TYPE));
        if (typeCell != null) {
            Parsed<DealType> t = cached(typeCache, typeCell.text(), DealWords::type);
            v.type = t.isRejected() ? DealType.OTHER : t.value();
            if (t.isRejected()) {
                rp.warn(col(Field.TYPE), t.rejection());
            } else if (t.warning() != null) {
                rp.warn(col(Field.TYPE), t.warning());
            }
        }
        CellValue termCell = cell(rp, col(Field.TERM));
        if (termCell != null) {
            if (termCell.isNumeric()) {
                if (termCell.number() < 0) {
                    rp.reject(col(Field.TERM), "negative term");
                } else {
                    v.term = termCell.number();
                }
            } else {
                Parsed<Double> t = DealWords.termYears(termCell.text(), french);
                if (t.isRejected()) {
                    rp.reject(col(Field.TERM), t.rejection());
                } else {
                    v.term = t.value();
                }
            }
        }
        int statusCol = col(Field.STATUS);
        CellValue statusCell = cell(rp, statusCol);
        if (statusCell != null) {
            Parsed<DealStatus> s = cached(statusCache, statusCell.text(), DealWords::status);
            if (s.isRejected()) {
                rp.reject(statusCol, s.rejection());
            } else {
                v.status = s.value();
            }
        }
        v.source = text(rp, Field.SOURCE);
        v.note = text(rp, Field.NOTE);
    }

    /** An amount converted to USD. */
    private record Money(double usd, String currency, String text) {
    }

    /**
     * Reads an amount with its currency: the cell's currency wins, then the currency column's, then the
     * header's; units likewise. Undisclosed amounts give NaN when {@code undisclosedAllowed}.
     */
    private Money money(RowParse rp, Field amountField, boolean undisclosedAllowed) {
        int c = col(amountField);
        int before = rp.rejected.size();
        CellValue v = cell(rp, c);
        if (rp.rejected.size() > before) {
            return null;
        }
        // a deals sheet needs no amount column (DESIGN.md: payer, recipient and date make one); its deals are undisclosed
        SheetLayout.Column amountColumn = layout.column(amountField);
        UnitHint header = amountColumn == null ? UnitHint.NONE : hint(amountColumn.header().unitHint());
        int currencyCol = col(Field.CURRENCY);
        UnitHint fromColumn = UnitHint.NONE;
        CellValue currencyCell = cell(rp, currencyCol);
        if (currencyCell != null) {
            fromColumn = hint(Text.fold(currencyCell.text()));
            if (fromColumn.currency() == null && fromColumn.multiplier() == 1.0) {
                rp.reject(currencyCol, "not a currency: write a code such as USD, EUR or JPY");
                return null;
            }
        }
        double multiplier = fromColumn.multiplier() != 1.0 ? fromColumn.multiplier() : header.multiplier();
        // The text as written is kept for text cells; a number cell's figure is the amount itself.
        String text = v == null || v.isNumeric() ? "" : v.text();
        double value;
        String cellCurrency = null;
        if (v == null) {
            value = Double.NaN;
        } else if (v.kind() == CellValue.Kind.DATE) {
            rp.reject(c, "a date, not an amount");
            return null;
        } else if (v.isNumeric() && !v.displayAddsUnit()) {
            value = Decimals.times(v.number(), multiplier);
            if (value < 0) {
                rp.reject(c, "negative amount");
                return null;
            }
        } else {
            text = v.text();
            Parsed<Amount> a = AmountParser.parse(text, french, new UnitHint(multiplier, null));
            if (a.isRejected()) {
                rp.reject(c, a.rejection());
                return null;
            }
            value = a.value().value();
            cellCurrency = a.value().currency();
        }
        if (Double.isNaN(value) && !undisclosedAllowed) {
            rp.reject(c, v == null ? "amount is missing" : "amount is undisclosed: a figure is needed here");
            return null;
        }
        String currency = cellCurrency != null ? cellCurrency
                : fromColumn.currency() != null ? fromColumn.currency()
                : header.currency() != null ? header.currency() : "USD";
        double usd = value;
        if (!"USD".equals(currency) && !Double.isNaN(value)) {
            Double rate = state.rate(currency);
            if (rate == null) {
                int on = cellCurrency == null && currencyCell != null && fromColumn.currency() != null ? currencyCol : c;
                rp.reject(on, "no exchange rate for " + currency + ": add it to a rates sheet (currency, USD per unit)");
                return null;
            }
            usd = Decimals.times(value, rate);
        }
        return new Money(usd, currency, text);
    }

    private static final class RevenueValues {
        String company;
        double amount;
        String metric;
        LocalDate start;
        LocalDate end;
        int periodColumn;
    }

    private void parseRevenue(RowParse rp) {
        RevenueValues v = new RevenueValues();
        rp.values = v;
        v.company = required(rp, Field.COMPANY, "company");
        Money money = money(rp, Field.AMOUNT, false);
        if (money != null) {
            v.amount = money.usd;
        }
        v.metric = DealWords.metric(text(rp, Field.METRIC));
        int startCol = col(Field.START);
        int endCol = col(Field.END);
        boolean explicit = startCol >= 0 && endCol >= 0
                && rp.row.cell(startCol) != null && rp.row.cell(endCol) != null;
        if (explicit) {
            v.periodColumn = endCol;
            date(rp, Field.START, true, false, d -> v.start = d.date());
            date(rp, Field.END, true, true, d -> v.end = d.date());
            return;
        }
        int periodCol = col(Field.PERIOD);
        v.periodColumn = periodCol >= 0 ? periodCol : (startCol >= 0 ? startCol : col(Field.COMPANY));
        int before = rp.rejected.size();
        CellValue label = cell(rp, periodCol);
        if (label == null) {
            if (rp.rejected.size() == before) {
                rp.reject(v.periodColumn, "period is missing: give a label such as FY2024 or H1 2025, or start and end dates");
            }
            return;
        }
        Parsed<Period> p = PeriodParser.parse(label.text());
        if (p.isRejected()) {
            rp.reject(periodCol, p.rejection());
        } else {
            v.start = p.value().start();
            v.end = p.value().end();
        }
    }

    private static final class PriceValues {
        LocalDate day;
        final Map<Integer, Double> closes = new LinkedHashMap<>();
        final Map<Integer, String> tickers = new HashMap<>();
    }

    private void parsePriceLong(RowParse rp) {
        PriceValues v = new PriceValues();
        rp.values = v;
        date(rp, Field.DATE, true, false, d -> v.day = d.isDay() ? d.date() : null);
        String ticker = required(rp, Field.TICKER, "ticker");
        int closeCol = col(Field.CLOSE);
        int before = rp.rejected.size();
        CellValue close = cell(rp, closeCol);
        if (close == null) {
            if (rp.rejected.size() == before) {
                rp.reject(closeCol, "close is missing");
            }
            return;
        }
        Double price = price(rp, close);
        if (price != null && ticker != null) {
            v.closes.put(closeCol, price);
            v.tickers.put(closeCol, ticker);
        }
    }

    private void parsePriceWide(RowParse rp) {
        PriceValues v = new PriceValues();
        rp.values = v;
        date(rp, Field.DATE, true, false, d -> v.day = d.isDay() ? d.date() : null);
        for (Map.Entry<Integer, String> e : layout.tickerColumns().entrySet()) {
            CellValue close = cell(rp, e.getKey());
            if (close == null) {
                continue;
            }
            Double price = price(rp, close);
            if (price != null) {
                v.closes.put(e.getKey(), price);
                v.tickers.put(e.getKey(), e.getValue().trim());
            }
        }
    }

    private Double price(RowParse rp, CellValue close) {
        double value;
        if (close.isNumeric()) {
            value = close.number();
        } else {
            Parsed<Double> p = NumberParser.parse(close.text(), french);
            if (p.isRejected()) {
                rp.reject(close.column(), p.rejection());
                return null;
            }
            value = p.value();
        }
        if (!(value > 0)) {
            rp.reject(close.column(), "a close must be above 0");
            return null;
        }
        return value;
    }

    private static final class CompanyValues {
        String name;
        List<String> aliases = List.of();
        String ticker;
        String benchmark;
    }

    private void parseCompany(RowParse rp) {
        CompanyValues v = new CompanyValues();
        rp.values = v;
        v.name = required(rp, Field.COMPANY, "company");
        v.aliases = CompanyNames.splitAliases(text(rp, Field.ALIASES));
        String ticker = text(rp, Field.TICKER);
        v.ticker = ticker.isEmpty() ? null : ticker;
        String benchmark = text(rp, Field.BENCHMARK);
        v.benchmark = benchmark.isEmpty() ? null : benchmark;
    }

    private static final class RateValues {
        String currency;
        double rate;
    }

    private void parseRate(RowParse rp) {
        RateValues v = new RateValues();
        rp.values = v;
        String currency = required(rp, Field.CURRENCY, "currency");
        if (currency != null) {
            v.currency = hint(Text.fold(currency)).currency();
            if (v.currency == null) {
                rp.reject(col(Field.CURRENCY), "not a currency: write a code such as EUR or JPY");
            }
        }
        int rateCol = col(Field.RATE);
        int before = rp.rejected.size();
        CellValue rate = cell(rp, rateCol);
        if (rate == null) {
            if (rp.rejected.size() == before) {
                rp.reject(rateCol, "rate is missing");
            }
            return;
        }
        Double value = rate.isNumeric() ? Double.valueOf(rate.number()) : null;
        if (value == null) {
            Parsed<Double> p = NumberParser.parse(rate.text(), french);
            if (p.isRejected()) {
                rp.reject(rateCol, p.rejection());
                return;
            }
            value = p.value();
        }
        if (!(value > 0)) {
            rp.reject(rateCol, "a rate must be above 0 (US dollars per unit of the currency)");
            return;
        }
        v.rate = value;
    }

    // ------------------------------------------------------------------ completing

    private void complete(RowParse rp) {
        for (RowParse.DateSlot slot : rp.dates) {
            DateCandidates c = slot.candidates;
            if (c.exact() != null) {
                slot.target.accept(c.exact());
                continue;
            }
            DateColumn.Order order = slot.column.order();
            DealDate reading = order == DateColumn.Order.DAY_FIRST ? c.dayFirst() : c.monthFirst();
            if (reading == null) {
                Where by = slot.column.settledBy();
                rp.reject(slot.column.column(), "\"" + slot.text + "\" does not fit this column's "
                        + DateColumn.pattern(order) + " order"
                        + (by == null ? "" : ", set by " + by.describeFrom(file)));
            } else {
                slot.target.accept(reading);
            }
        }
        if (rp.rejected.isEmpty()) {
            switch (layout.kind()) {
                case DEALS -> completeDeal(rp);
                case REVENUES -> completeRevenue(rp);
                case PRICES_LONG, PRICES_WIDE -> completePrices(rp);
                case COMPANIES -> completeCompany(rp);
                case RATES -> completeRate(rp);
            }
        }
        if (!rp.rejected.isEmpty()) {
            for (RowParse.Problem p : rp.rejected) {
                state.issue(Severity.REJECTED, where(rp.row.index(), p.column()), p.value(), p.message());
            }
        } else {
            for (RowParse.Problem p : rp.warnings) {
                state.issue(Severity.WARNING, where(rp.row.index(), p.column()), p.value(), p.message());
            }
        }
    }

    /** The file and sheet of every deal of this sheet: one object, not one per deal. */
    private final SourceRef sheetOrigin;

    private SourceRef origin(RowParse rp) {
        return new SourceRef(file, sheet, rp.row.index() + 1);
    }

    private void completeDeal(RowParse rp) {
        DealValues v = (DealValues) rp.values;
        String payer = state.resolve(v.payer);
        String recipient = state.resolve(v.recipient);
        Deal deal = new Deal(v.date, payer, recipient, v.amount, v.amountText, v.currency, v.type, v.term,
                v.status, v.source, v.note, sheetOrigin, rp.row.index() + 1);
        int payerCol = col(Field.PAYER);
        Where earlier = state.addDeal(deal, where(rp.row.index(), payerCol));
        if (earlier != null) {
            rp.warnings.clear();
            rp.warn(payerCol, "same deal as " + earlier.describeFrom(file) + " (same payer, recipient, date and amount): not imported again");
            return;
        }
        if (deal.isSelfDeal()) {
            rp.warn(col(Field.RECIPIENT), payer + " pays itself: the deal is counted but left out of every other figure");
        }
    }

    private void completeRevenue(RowParse rp) {
        RevenueValues v = (RevenueValues) rp.values;
        if (v.end.isBefore(v.start)) {
            rp.reject(v.periodColumn, "the period ends before it starts");
            return;
        }
        long days = ChronoUnit.DAYS.between(v.start, v.end) + 1;
        if (days < MIN_PERIOD_DAYS) {
            rp.reject(v.periodColumn, "a period of " + days + " days is too short: at least " + MIN_PERIOD_DAYS + " days are needed");
            return;
        }
        String company = state.resolve(v.company);
        int amountCol = col(Field.AMOUNT);
        Where amountCell = where(rp.row.index(), amountCol);
        Where earlier = state.addRevenue(new RevenuePeriod(company, v.start, v.end, v.amount, v.metric, origin(rp)),
                amountCell);
        if (earlier != null) {
            rp.warn(amountCol, "replaces the figure in " + earlier.describeFrom(file) + " for " + company
                    + ", the same period and metric");
        }
    }

    private void completePrices(RowParse rp) {
        PriceValues v = (PriceValues) rp.values;
        if (v.day == null) {
            rp.reject(col(Field.DATE), "a price needs a day, not just a month");
            return;
        }
        for (Map.Entry<Integer, Double> e : v.closes.entrySet()) {
            String ticker = v.tickers.get(e.getKey());
            Where earlier = state.addClose(ticker, v.day, e.getValue(), where(rp.row.index(), e.getKey()));
            if (earlier != null) {
                rp.warn(e.getKey(), "a close for " + ticker + " on " + v.day + " is already given in "
                        + earlier.describeFrom(file) + ": this one is ignored");
            }
        }
    }

    private void completeCompany(RowParse rp) {
        CompanyValues v = (CompanyValues) rp.values;
        String already = state.describedAs(v.name);
        if (already != null) {
            rp.warn(col(Field.COMPANY), already + " is already described in "
                    + state.describedAt(already).describeFrom(file) + ": this row is ignored");
            return;
        }
        for (String alias : v.aliases) {
            String owner = state.aliasClaimedBy(alias, null);
            if (owner != null && !CompanyNames.key(alias).equals(CompanyNames.key(v.name))) {
                rp.reject(col(Field.ALIASES), "alias \"" + alias + "\" already belongs to " + owner);
                return;
            }
        }
        state.describe(v.name, v.aliases, v.ticker, v.benchmark, where(rp.row.index(), col(Field.COMPANY)));
    }

    private void completeRate(RowParse rp) {
        RateValues v = (RateValues) rp.values;
        Where earlier = state.addRate(v.currency, v.rate, where(rp.row.index(), col(Field.RATE)));
        if (earlier != null && !"USD".equals(v.currency)) {
            rp.warn(col(Field.RATE), "a rate for " + v.currency + " is already given in "
                    + earlier.describeFrom(file) + ": this one is ignored");
        }
    }
}
