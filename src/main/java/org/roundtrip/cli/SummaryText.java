package org.roundtrip.cli;

import org.roundtrip.analysis.CompanyFigures;
import org.roundtrip.analysis.Cycle;
import org.roundtrip.analysis.StockReaction;
import org.roundtrip.analysis.Summary;
import org.roundtrip.model.ImportIssue;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The readable `summary` report: companies with ratios, cycles, reactions, then the import issues. */
final class SummaryText {

    private SummaryText() {
    }

    static void print(Summary s, List<ImportIssue> issues, PrintWriter out) {
        out.printf(Locale.ROOT, "Deals: %d imported, %d counted%n%n", s.deals(), s.counted());
        out.println("Companies (USD)");
        String rowFormat = "  %-22s %12s %12s %14s %14s %9s %9s%n";
        out.printf(Locale.ROOT, rowFormat, "company", "commits", "receives", "commits/year", "revenue/year",
                "ratio", "annual");
        for (CompanyFigures c : s.companies()) {
            out.printf(Locale.ROOT, rowFormat, clip(c.name(), 22), money(c.outgoingUsd()), money(c.incomingUsd()),
                    money(c.annualOutgoingUsd()), c.annualRevenueUsd() == null ? "—" : money(c.annualRevenueUsd()),
                    times(c.ratio()), times(c.annualRatio()));
        }
        out.println();
        out.println("Cycles (money that comes back to where it started)" + (s.cycles().truncated() ? " — more exist, only the largest shown" : ""));
        if (s.cycles().cycles().isEmpty()) {
            out.println("  none");
        }
        for (Cycle c : s.cycles().cycles()) {
            out.printf(Locale.ROOT, "  %s  %s%n", String.join(" → ", c.path()),
                    c.circulatingUsd() == null ? "(amount undisclosed)" : money(c.circulatingUsd()) + " circulating");
        }
        out.println();
        out.println("Stock reactions on announcement days");
        if (s.reactions().isEmpty()) {
            out.println("  none");
        }
        for (StockReaction r : s.reactions()) {
            out.printf(Locale.ROOT, "  %s  %-14s %-8s %8s%s%n", r.date(), clip(r.company(), 14), r.ticker(),
                    percent(r.returnFraction()),
                    r.abnormal() == null ? "" : "  (abnormal " + percent(r.abnormal()) + ")");
        }
        out.println();
        long rejected = issues.stream().filter(ImportIssue::isRejected).count();
        out.printf(Locale.ROOT, "Import: %d warning(s), %d rejected cell(s)%n", issues.size() - rejected, rejected);
        for (ImportIssue i : issues) {
            out.printf(Locale.ROOT, "  %-8s %s%s%n", i.isRejected() ? "REJECTED" : "warning", i,
                    i.isRejected() && i.value() != null && !i.value().isEmpty() ? " [" + i.value() + "]" : "");
        }
        out.flush();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    static String money(double usd) {
        double a = Math.abs(usd);
        if (a >= 1e12) return String.format(Locale.ROOT, "%.2f tn", usd / 1e12);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.1f bn", usd / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.1f m", usd / 1e6);
        return String.format(Locale.ROOT, "%.0f", usd);
    }

    private static String times(Double ratio) {
        return ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }
}
