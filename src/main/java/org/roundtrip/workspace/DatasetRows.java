package org.roundtrip.workspace;

import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.DatePrecision;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.ImportIssue;
import org.roundtrip.model.PriceSeries;
import org.roundtrip.model.RevenuePeriod;
import org.roundtrip.model.SourceRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Dataset}'s rows under one import and reads them back into an equal dataset. Enums
 * are stored by their labels ("cloud contract", "signed"), not Java names, so that renaming a
 * constant cannot orphan old files. The caller owns the transaction.
 */
final class DatasetRows {

    /** Rows per JDBC batch: large enough to amortise the calls, small enough to keep memory flat. */
    private static final int BATCH = 1000;

    private DatasetRows() {
    }

    static void write(Connection c, long importId, Dataset d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO deal VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (Deal deal : d.deals()) {
                ps.setLong(1, importId);
                ps.setInt(2, n);
                ps.setString(3, deal.date().date().toString());
                ps.setString(4, deal.date().precision().name().toLowerCase(Locale.ROOT));
                ps.setString(5, deal.payer());
                ps.setString(6, deal.recipient());
                setDouble(ps, 7, deal.amountUsd());
                ps.setString(8, deal.amountText());
                ps.setString(9, deal.currency());
                ps.setString(10, deal.type().label());
                setDouble(ps, 11, deal.termYears());
                ps.setString(12, deal.status().label());
                ps.setString(13, deal.source());
                ps.setString(14, deal.note());
                setOrigin(ps, 15, deal.origin());
                addBatch(ps, ++n);
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO revenue VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (RevenuePeriod r : d.revenues()) {
                ps.setLong(1, importId);
                ps.setInt(2, n);
                ps.setString(3, r.company());
                ps.setString(4, r.start().toString());
                ps.setString(5, r.end().toString());
                setDouble(ps, 6, r.amountUsd());
                ps.setString(7, r.metric());
                setOrigin(ps, 8, r.origin());
                addBatch(ps, ++n);
            }
            ps.executeBatch();
        }
        try (PreparedStatement company = c.prepareStatement("INSERT INTO company VALUES (?,?,?,?)");
             PreparedStatement alias = c.prepareStatement("INSERT INTO company_alias VALUES (?,?,?,?)")) {
            int n = 0;
            for (Company co : d.companies().values()) {
                company.setLong(1, importId);
                company.setString(2, co.name());
                company.setString(3, co.ticker());
                company.setString(4, co.benchmark());
                for (int i = 0; i < co.aliases().size(); i++) {
                    alias.setLong(1, importId);
                    alias.setString(2, co.name());
                    alias.setInt(3, i);
                    alias.setString(4, co.aliases().get(i));
                    alias.addBatch();
                }
                addBatch(company, ++n);
            }
            company.executeBatch();
            alias.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO price VALUES (?,?,?,?)")) {
            int n = 0;
            for (PriceSeries s : d.prices().values()) {
                for (int i = 0; i < s.size(); i++) {
                    ps.setLong(1, importId);
                    ps.setString(2, s.ticker());
                    ps.setString(3, s.date(i).toString());
                    setDouble(ps, 4, s.close(i));
                    addBatch(ps, ++n);
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO issue VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (ImportIssue i : d.issues()) {
                ps.setLong(1, importId);
                ps.setInt(2, n);
                ps.setString(3, i.severity().name().toLowerCase(Locale.ROOT));
                ps.setString(4, i.file());
                ps.setString(5, i.sheet());
                ps.setString(6, i.cell());
                ps.setString(7, i.value());
                ps.setString(8, i.message());
                ps.setInt(9, i.order().file());
                ps.setInt(10, i.order().sheet());
                ps.setInt(11, i.order().row());
                ps.setInt(12, i.order().column());
                addBatch(ps, ++n);
            }
            ps.executeBatch();
        }
    }

    /** Rebuilds the dataset of import {@code importId}; throws {@link WorkspaceException} on a value it does not know. */
    static Dataset read(Connection c, long importId) throws SQLException, WorkspaceException {
        List<Deal> deals = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT date, precision, payer, recipient, amount_usd,"
                + " amount_text, currency, type, term_years, status, source, note, origin_file, origin_sheet,"
                + " origin_row FROM deal WHERE import_id = ? ORDER BY position")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deals.add(new Deal(
                            new DealDate(LocalDate.parse(rs.getString(1)), precision(rs.getString(2))),
                            rs.getString(3), rs.getString(4), getDouble(rs, 5), rs.getString(6), rs.getString(7),
                            type(rs.getString(8)), getDouble(rs, 9), status(rs.getString(10)), rs.getString(11),
                            rs.getString(12), new SourceRef(rs.getString(13), rs.getString(14), rs.getInt(15))));
                }
            }
        }
        List<RevenuePeriod> revenues = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT company, period_start, period_end, amount_usd, metric, origin_file,"
                + " origin_sheet, origin_row FROM revenue WHERE import_id = ? ORDER BY position")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    revenues.add(new RevenuePeriod(rs.getString(1), LocalDate.parse(rs.getString(2)),
                            LocalDate.parse(rs.getString(3)), getDouble(rs, 4), rs.getString(5),
                            new SourceRef(rs.getString(6), rs.getString(7), rs.getInt(8))));
                }
            }
        }
        Map<String, List<String>> aliases = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT company, alias FROM company_alias WHERE import_id = ? ORDER BY company, position")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, Company> companies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, ticker, benchmark FROM company WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    companies.put(name, new Company(name, aliases.get(name), rs.getString(2), rs.getString(3)));
                }
            }
        }
        Map<String, PriceSeries> prices = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ticker, date, close FROM price WHERE import_id = ? ORDER BY ticker, date")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                String ticker = null;
                List<LocalDate> days = new ArrayList<>();
                double[] closes = new double[64];
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (!t.equals(ticker)) {
                        putSeries(prices, ticker, days, closes);
                        ticker = t;
                        days.clear();
                    }
                    if (days.size() == closes.length) {
                        closes = java.util.Arrays.copyOf(closes, closes.length * 2);
                    }
                    closes[days.size()] = getDouble(rs, 3);
                    days.add(LocalDate.parse(rs.getString(2)));
                }
                putSeries(prices, ticker, days, closes);
            }
        }
        List<ImportIssue> issues = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT severity, file, sheet, cell, value, message,"
                + " order_file, order_sheet, order_row, order_column FROM issue WHERE import_id = ? ORDER BY position")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    issues.add(new ImportIssue(severity(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            new ImportIssue.Order(rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10))));
                }
            }
        }
        return new Dataset(deals, revenues, companies, prices, issues);
    }

    private static void putSeries(Map<String, PriceSeries> prices, String ticker, List<LocalDate> days,
                                  double[] closes) {
        if (ticker != null) {
            prices.put(ticker, new PriceSeries(ticker, days.toArray(new LocalDate[0]),
                    java.util.Arrays.copyOf(closes, days.size())));
        }
    }

    private static void addBatch(PreparedStatement ps, int rows) throws SQLException {
        ps.addBatch();
        if (rows % BATCH == 0) {
            ps.executeBatch();
        }
    }

    private static void setOrigin(PreparedStatement ps, int first, SourceRef origin) throws SQLException {
        ps.setString(first, origin.file());
        ps.setString(first + 1, origin.sheet());
        ps.setInt(first + 2, origin.row());
    }

    /** SQLite stores NaN as NULL anyway; saying so here keeps the reading symmetric. */
    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static double getDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static DatePrecision precision(String s) throws WorkspaceException {
        for (DatePrecision p : DatePrecision.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(s)) {
                return p;
            }
        }
        throw unknown("date precision", s);
    }

    private static DealType type(String s) throws WorkspaceException {
        for (DealType t : DealType.values()) {
            if (t.label().equals(s)) {
                return t;
            }
        }
        throw unknown("deal type", s);
    }

    private static DealStatus status(String s) throws WorkspaceException {
        for (DealStatus t : DealStatus.values()) {
            if (t.label().equals(s)) {
                return t;
            }
        }
        throw unknown("deal status", s);
    }

    private static ImportIssue.Severity severity(String s) throws WorkspaceException {
        for (ImportIssue.Severity t : ImportIssue.Severity.values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(s)) {
                return t;
            }
        }
        throw unknown("issue severity", s);
    }

    private static WorkspaceException unknown(String what, String value) {
        return new WorkspaceException("unknown " + what + " \"" + value + "\" in the workspace (written by a newer Roundtrip?)");
    }
}
