package org.roundtrip.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path deck = Files.writeString(dir.resolve("deck.pptx"), "the old deck");
        assertThatThrownBy(() -> AtomicFiles.write(deck, out -> {
            out.write("half a new de".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(deck).hasContent("the old deck");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(deck);
        }
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws Exception {
        Path deck = Files.writeString(dir.resolve("deck.pptx"), "the old deck");
        AtomicFiles.write(deck, out -> out.write("the new deck".getBytes()));
        assertThat(deck).hasContent("the new deck");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(deck);
        }
    }

    @Test
    void theFileIsReadableByOthersAsAnyNewFileWouldBe() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "x");
        Path deck = dir.resolve("deck.pptx");
        AtomicFiles.write(deck, out -> out.write(1));
        assertThat(Files.getPosixFilePermissions(deck)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void missingFoldersAreCreated() throws Exception {
        Path file = dir.resolve("a/b/report.pdf");
        AtomicFiles.write(file, out -> out.write(1));
        assertThat(file).exists();
    }

    @Test
    void targetsAreChosenByExtension() {
        assertThat(ExportTarget.of(dir.resolve("deck.PPTX"))).isEqualTo(ExportTarget.DECK);
        assertThat(ExportTarget.of(dir.resolve("report.pdf"))).isEqualTo(ExportTarget.REPORT);
        assertThat(ExportTarget.of(dir.resolve("tables.xlsx"))).isEqualTo(ExportTarget.TABLES);
        assertThat(ExportTarget.of(dir.resolve("charts"))).isEqualTo(ExportTarget.FOLDER);
        assertThat(ExportTarget.of(dir)).isEqualTo(ExportTarget.FOLDER);
        assertThatThrownBy(() -> ExportTarget.of(dir.resolve("deck.key")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".key");
    }
}
