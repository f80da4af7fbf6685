package org.roundtrip.ingest.sheet;

import org.roundtrip.ingest.cell.CompanyNames;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.ImportIssue;
import org.roundtrip.model.PriceSeries;
import org.roundtrip.model.RevenuePeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything gathered while importing several files into one dataset: company names and aliases,
 * rates, deals, revenues, prices and the issues found. Not thread-safe; one import at a time.
 */
public final class ImportState {

    /** A company described by a companies sheet. */
    private record Described(String name, List<String> aliases, String ticker, String benchmark, Where where) {
    }


    private record RevenueKey(String company, LocalDate start, LocalDate end, String metric) {
    }

    private record Revenue(RevenuePeriod period, Where amountCell) {
    }

    private static final class Prices {
        final String spelling;
        final TreeMap<LocalDate, Double> closes = new TreeMap<>();
        final Map<LocalDate, Where> where = new HashMap<>();

        Prices(String spelling) {
            this.spelling = spelling;
        }
    }

    private final List<ImportIssue> issues = new ArrayList<>();
    private final Map<String, String> canonicalByKey = new HashMap<>();
    /** Spelling as written → canonical name: most rows repeat a few spellings, and keys are costly. */
    private final Map<String, String> canonicalBySpelling = new HashMap<>();
    private final Map<String, Described> described = new LinkedHashMap<>();
    private final Map<String, Boolean> named = new HashMap<>();
    private final Map<String, Double> rates = new HashMap<>();
    private final Map<String, Where> rateWhere = new HashMap<>();
    private final List<Deal> deals = new ArrayList<>();
    /** Finds the same deal imported before; refers to {@link #deals} by position. */
    private final DealIndex dealIndex = new DealIndex(deals);
    private final Map<Integer, String> fileNames = new HashMap<>();
    private final Map<Long, String> sheetNames = new HashMap<>();
    private final Map<RevenueKey, Revenue> revenues = new LinkedHashMap<>();
    private final Map<String, Prices> prices = new LinkedHashMap<>();

    public ImportState() {
        rates.put("USD", 1.0);
    }

    // ---- issues ----

    /** Longest cell text an issue quotes; the rest is cut off with "…" (ADR 0007). */
    public static final int MAX_QUOTED_CHARS = 200;

    public void issue(ImportIssue.Severity severity, Where w, String value, String message) {
        issues.add(new ImportIssue(severity, w.file(), w.sheet(), w.cell(), quote(value), message,
                new ImportIssue.Order(w.fileIndex(), w.sheetIndex(), w.row(), w.column())));
    }

    /** The cell's text as an issue quotes it: enough to find the cell, never megabytes of it. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_QUOTED_CHARS) {
            return value;
        }
        // Do not cut a surrogate pair in two.
        int end = Character.isHighSurrogate(value.charAt(MAX_QUOTED_CHARS - 1)) ? MAX_QUOTED_CHARS - 1 : MAX_QUOTED_CHARS;
        return value.substring(0, end) + "…";
    }

    /** An issue about a whole file or sheet (no cell). */
    public void fileIssue(ImportIssue.Severity severity, int fileIndex, String file, int sheetIndex, String sheet,
                          String value, String message) {
        issues.add(new ImportIssue(severity, file, sheet, null, value, message,
                new ImportIssue.Order(fileIndex, sheetIndex, -1, -1)));
    }

    // ---- companies ----

    /** The company a companies-sheet row describes already, by name or alias; null when new. */
    String describedAs(String name) {
        String canonical = canonicalByKey.get(CompanyNames.key(name));
        return canonical != null && described.containsKey(canonical) ? canonical : null;
    }

    Where describedAt(String canonical) {
        Described d = described.get(canonical);
        return d == null ? null : d.where();
    }

    /** The company that already claims this alias (as a name or alias), other than {@code self}; null when free. */
    String aliasClaimedBy(String alias, String self) {
        String owner = canonicalByKey.get(CompanyNames.key(alias));
        return owner == null || owner.equals(self) ? null : owner;
    }

    void describe(String name, List<String> aliases, String ticker, String benchmark, Where where) {
        canonicalByKey.put(CompanyNames.key(name), name);
        for (String a : aliases) {
            canonicalByKey.putIfAbsent(CompanyNames.key(a), name);
        }
        described.put(name, new Described(name, aliases, ticker, benchmark, where));
        named.put(name, Boolean.TRUE);
    }

    /** The canonical name of a spelling, registering it as canonical when first seen. */
    String resolve(String spelling) {
        String known = canonicalBySpelling.get(spelling);
        if (known != null) {
            return known;
        }
        String trimmed = spelling.trim();
        String canonical = canonicalByKey.computeIfAbsent(CompanyNames.key(trimmed), k -> trimmed);
        named.put(canonical, Boolean.TRUE);
        canonicalBySpelling.put(spelling, canonical);
        return canonical;
    }

    // ---- rates ----

    /** USD per unit of the currency, or null when no rates sheet gives it. */
    Double rate(String currency) {
        return rates.get(currency);
    }

    /** Records a rate; returns where the same currency was already given, or null when new. */
    Where addRate(String currency, double usdPerUnit, Where where) {
        Where earlier = rateWhere.get(currency);
        if (earlier != null || "USD".equals(currency)) {
            return earlier != null ? earlier : where;
        }
        rates.put(currency, usdPerUnit);
        rateWhere.put(currency, where);
        return null;
    }

    // ---- deals ----

    /** Adds a deal unless the same deal was imported before; returns where the earlier copy is, or null. */
    Where addDeal(Deal deal, Where payerCell) {
        long earlier = dealIndex.findOrAdd(deal, pack(payerCell));
        return earlier < 0 ? null : unpack(earlier);
    }

    /** file 11 bits (never negative: -1 means "no earlier deal"), sheet 12 bits, column 14 bits, row 26 bits (Excel's limits fit; larger rows wrap harmlessly in messages only). */
    private long pack(Where w) {
        fileNames.putIfAbsent(w.fileIndex(), w.file());
        sheetNames.putIfAbsent(((long) w.fileIndex() << 32) | (w.sheetIndex() & 0xffffffffL), w.sheet());
        return ((long) (w.fileIndex() & 0x7ff) << 52) | ((long) (w.sheetIndex() & 0xfff) << 40)
                | ((long) (w.column() & 0x3fff) << 26) | (w.row() & 0x3ffffff);
    }

    private Where unpack(long p) {
        int file = (int) (p >>> 52) & 0xfff;
        int sheet = (int) (p >>> 40) & 0xfff;
        int column = (int) (p >>> 26) & 0x3fff;
        int row = (int) p & 0x3ffffff;
        return new Where(file, fileNames.get(file), sheet, sheetNames.get(((long) file << 32) | sheet), row, column);
    }

    // ---- revenues ----

    /** Adds a revenue row; a later row for the same company, period and metric replaces the earlier, whose amount cell is returned. */
    Where addRevenue(RevenuePeriod period, Where amountCell) {
        RevenueKey key = new RevenueKey(period.company(), period.start(), period.end(), period.metric());
        Revenue earlier = revenues.remove(key);
        revenues.put(key, new Revenue(period, amountCell));
        return earlier == null ? null : earlier.amountCell();
    }

    // ---- prices ----

    /** Adds a close; returns where a close for the same ticker and day was already given, or null. */
    Where addClose(String ticker, LocalDate day, double close, Where where) {
        Prices p = prices.computeIfAbsent(ticker.toUpperCase(Locale.ROOT), k -> new Prices(ticker));
        Where earlier = p.where.get(day);
        if (earlier != null) {
            return earlier;
        }
        p.closes.put(day, close);
        p.where.put(day, where);
        return null;
    }

    // ---- result ----

    public Dataset toDataset() {
        Map<String, Company> companies = new HashMap<>();
        Map<String, String> tickerSpelling = new HashMap<>();
        for (String name : named.keySet()) {
            Described d = described.get(name);
            Company c = d == null ? Company.named(name) : new Company(name, d.aliases(), d.ticker(), d.benchmark());
            companies.put(name, c);
            if (c.ticker() != null) {
                tickerSpelling.putIfAbsent(c.ticker().toUpperCase(Locale.ROOT), c.ticker());
            }
            if (c.benchmark() != null) {
                tickerSpelling.putIfAbsent(c.benchmark().toUpperCase(Locale.ROOT), c.benchmark());
            }
        }
        Map<String, PriceSeries> series = new HashMap<>();
        for (Map.Entry<String, Prices> e : prices.entrySet()) {
            Prices p = e.getValue();
            String ticker = tickerSpelling.getOrDefault(e.getKey(), p.spelling);
            LocalDate[] days = p.closes.keySet().toArray(new LocalDate[0]);
            double[] closes = p.closes.values().stream().mapToDouble(Double::doubleValue).toArray();
            series.put(ticker, new PriceSeries(ticker, days, closes));
        }
        List<RevenuePeriod> revenueList = revenues.values().stream().map(Revenue::period).toList();
        List<ImportIssue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparing(ImportIssue::order));
        return new Dataset(deals, revenueList, companies, series, sorted);
    }
}
