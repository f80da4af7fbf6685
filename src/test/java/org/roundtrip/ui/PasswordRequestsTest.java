package org.roundtrip.ui;

import org.junit.jupiter.api.Test;
import org.roundtrip.ingest.ImportOptions;
import org.roundtrip.ingest.ImportResult;
import org.roundtrip.ingest.Importer;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom the window asks for a password, on the corpus's encrypted workbook beside a plain one, with
 * the real importer: the decision is headless, only the dialog is Swing.
 */
class PasswordRequestsTest {

    private static final Path ENCRYPTED = Path.of("src/test/resources/bad-inputs/encrypted.xlsx");
    private static final Path PLAIN = Path.of("src/test/resources/bad-inputs/negative-and-zero-amounts.xlsx");
    /** The password of the corpus's encrypted workbook ({@code reliability.BadInputs.PASSWORD}). */
    private static final String RIGHT = "s3cret";
    private static final List<Path> FILES = List.of(ENCRYPTED, PLAIN);

    private static ImportResult importWith(PasswordRequests requests) {
        return Importer.importFiles(FILES, new ImportOptions(null, null, null, null, requests.passwords()));
    }

    @Test
    void anEncryptedFileIsAskedForAndTheRightPasswordImportsIt() {
        PasswordRequests requests = new PasswordRequests();
        ImportResult first = importWith(requests);
        assertThat(requests.toAsk(FILES, first.unreadable()))
                .containsExactly(new PasswordRequests.Request(ENCRYPTED, false, 1));

        requests.answered(ENCRYPTED, RIGHT);
        ImportResult second = importWith(requests);

        assertThat(second.unreadable()).isEmpty();
        assertThat(requests.toAsk(FILES, second.unreadable())).isEmpty();
        assertThat(first.dataset().deals()).noneMatch(d -> d.origin().file().equals("encrypted.xlsx"));
        assertThat(second.dataset().deals()).anyMatch(d -> d.origin().file().equals("encrypted.xlsx"));
    }

    @Test
    void aWrongPasswordIsSaidAndAskedAgainAtMostThreeTimes() {
        PasswordRequests requests = new PasswordRequests();
        List<PasswordRequests.Request> asks = requests.toAsk(FILES, importWith(requests).unreadable());
        for (int attempt = 1; attempt <= PasswordRequests.MAX_TRIES; attempt++) {
            assertThat(asks).containsExactly(new PasswordRequests.Request(ENCRYPTED, attempt > 1, attempt));
            requests.answered(ENCRYPTED, "wrong " + attempt);
            ImportResult result = importWith(requests);
            assertThat(result.unreadable()).singleElement()
                    .satisfies(u -> assertThat(PasswordRequests.wrongPassword(u.reason())).isTrue());
            asks = requests.toAsk(FILES, result.unreadable());
        }
        assertThat(asks).as("no fourth try").isEmpty();
    }

    @Test
    void aSkippedFileIsNotAskedForAgainAndTheOthersStillImport() {
        PasswordRequests requests = new PasswordRequests();
        requests.toAsk(FILES, importWith(requests).unreadable());
        requests.answered(ENCRYPTED, null);

        ImportResult result = importWith(requests);

        assertThat(requests.skipped(ENCRYPTED)).isTrue();
        assertThat(requests.toAsk(FILES, result.unreadable())).isEmpty();
        assertThat(requests.passwords()).isEmpty();
        assertThat(result.nothingRead()).isFalse();
        assertThat(requests.onlySkipped(FILES, result.unreadable())).as("nothing to report").isTrue();
        assertThat(requests.onlySkipped(FILES, List.of(new ImportResult.UnreadableFile(PLAIN.getFileName().toString(),
                "damaged workbook")))).isFalse();
    }

    @Test
    void otherUnreadableFilesAreNotAskedFor() {
        PasswordRequests requests = new PasswordRequests();
        Path damaged = Path.of("truncated.xlsx");
        List<ImportResult.UnreadableFile> unreadable = List.of(
                new ImportResult.UnreadableFile("truncated.xlsx", "damaged workbook (Truncated ZIP file)"),
                new ImportResult.UnreadableFile("odd.xlsx", "encrypted, and could not be decrypted (bad cipher)"));

        assertThat(requests.toAsk(List.of(damaged, Path.of("odd.xlsx")), unreadable)).isEmpty();
    }

    @Test
    void theOptionsNeverPrintAPassword() {
        ImportOptions options = new ImportOptions("top", null, null, null, java.util.Map.of(ENCRYPTED, RIGHT));

        assertThat(options.toString()).doesNotContain("top").doesNotContain(RIGHT);
        assertThat(options.passwordFor(ENCRYPTED)).isEqualTo(RIGHT);
        assertThat(options.passwordFor(PLAIN)).isEqualTo("top");
    }
}
