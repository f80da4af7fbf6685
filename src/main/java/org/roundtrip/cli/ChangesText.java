package org.roundtrip.cli;

import org.roundtrip.analysis.DealChange;
import org.roundtrip.analysis.FieldChange;
import org.roundtrip.analysis.ImportChanges;
import org.roundtrip.analysis.RatioChange;
import org.roundtrip.model.Deal;
import org.roundtrip.workspace.ImportRecord;
import org.roundtrip.workspace.ImportedFile;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The readable {@code changes} report: deals added, removed and changed, then the ratios that moved. */
final class ChangesText {

    private ChangesText() {
    }

    static void print(String workspace, ImportRecord latest, ImportRecord previous, ImportChanges c, String message,
                      PrintWriter out) {
        if (message != null) {
            out.println(message);
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "Changes in %s: import %s against import %s%n%n", workspace, describe(latest),
                describe(previous));
        section(out, "Added", c.added());
        section(out, "Removed", c.removed());
        out.printf(Locale.ROOT, "Changed (%d)%n", c.changed().size());
        for (DealChange change : c.changed()) {
            out.printf(Locale.ROOT, "  %s%n", headline(change.after()));
            for (FieldChange f : change.fields()) {
                out.printf(Locale.ROOT, "      %-11s %s → %s%n", f.field(), show(f.field(), f.before()),
                        show(f.field(), f.after()));
            }
        }
        List<RatioChange> moved = c.companies().stream().filter(RatioChange::moved).toList();
        out.println();
        out.printf(Locale.ROOT, "Commitment ratios that moved (%d of %d companies)%n", moved.size(), c.companies().size());
        for (RatioChange r : moved) {
            out.printf(Locale.ROOT, "  %-22s %9s → %-9s  annual %9s → %s%n", r.company(), times(r.ratioBefore()),
                    times(r.ratioAfter()), times(r.annualRatioBefore()), times(r.annualRatioAfter()));
        }
        out.flush();
    }

    private static void section(PrintWriter out, String title, List<Deal> deals) {
        out.printf(Locale.ROOT, "%s (%d)%n", title, deals.size());
        for (Deal d : deals) {
            out.printf(Locale.ROOT, "  %s  %s, %s  [%s]%n", headline(d),
                    d.isDisclosed() ? SummaryText.money(d.amountUsd()) : "undisclosed", d.status().label(), d.origin());
        }
    }

    private static String headline(Deal d) {
        return d.date() + "  " + d.payer() + " → " + d.recipient();
    }

    private static String describe(ImportRecord r) {
        return r.id() + " (" + r.importedAt() + ": "
                + r.files().stream().map(ImportedFile::name).collect(Collectors.joining(", ")) + ")";
    }

    private static String show(String field, Object v) {
        if (v == null) {
            return "—";
        }
        if ("amountUsd".equals(field)) {
            return SummaryText.money((Double) v);
        }
        return v instanceof String s ? "\"" + s + "\"" : v.toString();
    }

    private static String times(Double ratio) {
        return ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
