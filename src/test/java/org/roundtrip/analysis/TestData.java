package org.roundtrip.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtrip.model.Company;
import org.roundtrip.model.Dataset;
import org.roundtrip.model.Deal;
import org.roundtrip.model.DealDate;
import org.roundtrip.model.DealStatus;
import org.roundtrip.model.DealType;
import org.roundtrip.model.PriceSeries;
import org.roundtrip.model.RevenuePeriod;
import org.roundtrip.model.SourceRef;

/** Builds small datasets straight from model records, so that every expected number can be checked by hand. */
final class TestData {

    static final double BN = 1e9;
    static final LocalDate DAY = LocalDate.of(2025, 9, 22);

    private final List<Deal> deals = new ArrayList<>();
    private final List<RevenuePeriod> revenues = new ArrayList<>();
    private final Map<String, Company> companies = new HashMap<>();
    private final Map<String, PriceSeries> prices = new HashMap<>();

    static TestData data() {
        return new TestData();
    }

    /** A signed deal on {@link #DAY} of {@code billions} bn USD (NaN: undisclosed), no term. */
    TestData deal(String payer, String recipient, double billions) {
        return deal(payer, recipient, billions, Double.NaN, DealStatus.SIGNED, DealDate.ofDay(DAY));
    }

    TestData deal(String payer, String recipient, double billions, double termYears, DealStatus status, DealDate date) {
        double amount = Double.isNaN(billions) ? Double.NaN : billions * BN;
        deals.add(new Deal(date, payer, recipient, amount, Double.isNaN(billions) ? "undisclosed" : billions + " bn",
                "USD", DealType.OTHER, termYears, status, "", "",
                new SourceRef("deals.xlsx", "Deals", deals.size() + 2)));
        companies.putIfAbsent(payer, Company.named(payer));
        companies.putIfAbsent(recipient, Company.named(recipient));
        return this;
    }

    TestData dealOn(LocalDate day, String payer, String recipient, double billions) {
        return deal(payer, recipient, billions, Double.NaN, DealStatus.SIGNED, DealDate.ofDay(day));
    }

    TestData revenue(String company, LocalDate start, LocalDate end, double billions, String metric) {
        revenues.add(new RevenuePeriod(company, start, end, billions * BN, metric,
                new SourceRef("deals.xlsx", "Revenue", revenues.size() + 2)));
        companies.putIfAbsent(company, Company.named(company));
        return this;
    }

    /** Revenue for the calendar year. */
    TestData revenue(String company, int year, double billions) {
        return revenue(company, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), billions, RevenuePeriod.REVENUE);
    }

    TestData company(String name, String ticker, String benchmark) {
        companies.put(name, new Company(name, List.of(), ticker, benchmark));
        return this;
    }

    /** Consecutive calendar days from {@code first}, one close each. */
    TestData prices(String ticker, LocalDate first, double... closes) {
        LocalDate[] dates = new LocalDate[closes.length];
        for (int i = 0; i < closes.length; i++) {
            dates[i] = first.plusDays(i);
        }
        return prices(ticker, dates, closes);
    }

    TestData prices(String ticker, LocalDate[] dates, double[] closes) {
        prices.put(ticker, new PriceSeries(ticker, dates, closes));
        return this;
    }

    Dataset build() {
        return new Dataset(deals, revenues, companies, prices, List.of());
    }
}
