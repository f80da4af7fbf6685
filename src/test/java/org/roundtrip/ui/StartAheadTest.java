package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.roundtrip.charts.ChartTheme;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.model.DealStatus;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start's read-ahead: what it reads, and that its first snapshot is handed out only for exactly
 * the inputs it was made from (anything else must be computed by the window as usual).
 */
class StartAheadTest {

    private static final Path SAMPLE = Path.of("samples", "ai-circular-financing.xlsx");

    @Test
    void withNoFilesItReadsTheBundledSample() throws Exception {
        StartAhead ahead = StartAhead.begin(List.of(), ChartTheme.LIGHT);

        assertThat(ahead).isNotNull();
        assertThat(ahead.isSample()).isTrue();
        assertThat(ahead.files()).singleElement()
                .satisfies(f -> assertThat(f.getFileName()).hasToString("ai-circular-financing.xlsx"));
        ImportResult result = ahead.result(() -> false, ImportOptions.ImportProgress.NONE);
        assertThat(result.dataset().deals()).hasSize(17);
    }

    @Test
    void theFirstSnapshotIsGivenOnlyForTheInputsItWasMadeFrom() throws Exception {
        StartAhead ahead = StartAhead.begin(List.of(SAMPLE), ChartTheme.DARK);
        assertThat(ahead.isSample()).isFalse();
        ImportResult result = ahead.result(() -> false, ImportOptions.ImportProgress.NONE);
        var data = result.dataset();
        var none = DashboardFilter.none();
        var defaults = ViewSnapshot.Choices.defaults();

        ViewSnapshot first = ahead.snapshotFor(data, null, none, defaults, ChartTheme.DARK);
        assertThat(first).isNotNull();
        assertThat(first.all()).isSameAs(data);
        assertThat(first.filter()).isEqualTo(none);
        assertThat(first.charts().get("ratios").chart().getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());

        // the same figures from a freshly computed snapshot: nothing is lost by reading ahead
        ViewSnapshot computed = ViewSnapshot.compute(data, null, none, defaults, ChartTheme.DARK);
        assertThat(first.summary().companies()).isEqualTo(computed.summary().companies());
        assertThat(first.charts().keySet()).isEqualTo(computed.charts().keySet());

        // anything else is not this snapshot
        assertThat(ahead.snapshotFor(data, null, none, defaults, ChartTheme.LIGHT)).isNull();
        assertThat(ahead.snapshotFor(data, data, none, defaults, ChartTheme.DARK)).isNull();
        assertThat(ahead.snapshotFor(data, null, none.withStatuses(EnumSet.allOf(DealStatus.class)), defaults,
                ChartTheme.DARK)).isNull();
        assertThat(ahead.snapshotFor(data, null, none.withCompanies(Set.of("AMD")), defaults, ChartTheme.DARK)).isNull();
        assertThat(ahead.snapshotFor(data, null, none, new ViewSnapshot.Choices(false, null, defaults.coverageYear()),
                ChartTheme.DARK)).isNull();
        var otherImport = org.roundtrip.ingest.Importer.importFiles(List.of(SAMPLE), ImportOptions.defaults()).dataset();
        assertThat(ahead.snapshotFor(otherImport, null, none, defaults, ChartTheme.DARK)).isNull();
    }

    @Test
    void aWorkspaceIsLeftToTheWindow() {
        assertThat(StartAhead.begin(List.of(Path.of("month.roundtrip")), ChartTheme.LIGHT)).isNull();
    }

    @Test
    void anUnreadableFileIsReportedAsTheWindowWouldHaveReadIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path missing = dir.resolve("gone.xlsx");
        StartAhead ahead = StartAhead.begin(List.of(missing), ChartTheme.LIGHT);

        ImportResult result = ahead.result(() -> false, ImportOptions.ImportProgress.NONE);
        ImportResult direct = org.roundtrip.ingest.Importer.importFiles(List.of(missing), ImportOptions.defaults());
        assertThat(result.nothingRead()).isTrue();
        assertThat(result.unreadable()).isEqualTo(direct.unreadable());
        assertThat(ahead.snapshotFor(result.dataset(), null, DashboardFilter.none(), ViewSnapshot.Choices.defaults(),
                ChartTheme.LIGHT)).isNull();
    }

    @Test
    void theWindowShowsTheSnapshotMadeAhead() throws Exception {
        DashboardSmokeTest.requireDisplay();
        StartAhead ahead = StartAhead.begin(List.of(), ChartTheme.LIGHT);
        MainWindow w = DashboardSmokeTest.open(Settings.Theme.LIGHT, window -> window.openAhead(ahead));

        ImportResult read = ahead.result(() -> false, ImportOptions.ImportProgress.NONE);
        assertThat(w.snapshot().all()).isSameAs(read.dataset());
        assertThat(w.snapshot()).isSameAs(ahead.snapshotFor(read.dataset(), null, DashboardFilter.none(),
                ViewSnapshot.Choices.defaults(), ChartTheme.LIGHT));
        // a later change is computed by the window, not taken from the start
        SwingUtilities.invokeAndWait(() -> w.applyFilter(DashboardFilter.none().withCompanies(Set.of("AMD"))));
        DashboardSmokeTest.await(() -> w.isLoaded() && w.snapshot().filter().companies().equals(Set.of("AMD")),
                "the filter applies");
        SwingUtilities.invokeAndWait(() -> w.applyFilter(DashboardFilter.none()));
        DashboardSmokeTest.await(() -> w.isLoaded() && w.snapshot().filter().equals(DashboardFilter.none()),
                "the filter is cleared");
        assertThat(w.snapshot()).isNotSameAs(ahead.snapshotFor(read.dataset(), null, DashboardFilter.none(),
                ViewSnapshot.Choices.defaults(), ChartTheme.LIGHT));
        SwingUtilities.invokeAndWait(() -> w.frame().dispose());
    }
}
