package org.roundtrip.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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
    void aTemporaryFileLeftByAKilledWriteIsRemovedByTheNextWrite() throws Exception {
        Path deck = Files.writeString(dir.resolve("deck.pptx"), "the old deck");
        Path left = Files.writeString(dir.resolve(".deck.pptx." + UUID.randomUUID() + ".part"), "half a de");
        AtomicFiles.write(deck, out -> out.write("the new deck".getBytes()));
        assertThat(left).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(deck);
        }
    }

    @Test
    void onlyTemporaryFilesOfTheSameTargetAreRemoved() throws Exception {
        String id = UUID.randomUUID().toString();
        Path otherTarget = Files.writeString(dir.resolve(".deck-2.pptx." + id + ".part"), "x");
        Path notAUuid = Files.writeString(dir.resolve(".deck.pptx.my-notes-kept-beside-the-deck.part"), "x");
        Path noDot = Files.writeString(dir.resolve("deck.pptx." + id + ".part"), "x");
        Path otherSuffix = Files.writeString(dir.resolve(".deck.pptx." + id + ".bak"), "x");
        Path upperCaseUuid = Files.writeString(dir.resolve(".deck.pptx." + id.toUpperCase() + ".part"), "x");
        AtomicFiles.write(dir.resolve("deck.pptx"), out -> out.write(1));
        assertThat(otherTarget).exists();
        assertThat(notAUuid).exists();
        assertThat(noDot).exists();
        assertThat(otherSuffix).exists();
        assertThat(upperCaseUuid).exists();
    }

    @Test
    void aTemporaryFileStillLockedByItsWriterIsKept() throws Exception {
        // Stands in for another process exporting to the same target at this moment. In one JVM the
        // cleaner meets Java's OverlappingFileLockException where another process would get no lock;
        // both mean "in use".
        Path busy = Files.writeString(dir.resolve(".deck.pptx." + UUID.randomUUID() + ".part"), "being written");
        try (FileChannel channel = FileChannel.open(busy, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            AtomicFiles.write(dir.resolve("deck.pptx"), out -> out.write(1));
        }
        assertThat(busy).exists();
    }

    @Test
    void aTemporaryFileLockedByAnotherProcessIsKeptUntilThatProcessDies() throws Exception {
        Path busy = Files.writeString(dir.resolve(".deck.pptx." + UUID.randomUUID() + ".part"), "being written");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), busy.toString()).redirectErrorStream(true).start();
        try (var lines = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
            assertThat(lines.readLine()).isEqualTo("locked");
            AtomicFiles.write(dir.resolve("deck.pptx"), out -> out.write(1));
            assertThat(busy).as("held by a live process").exists();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
        AtomicFiles.write(dir.resolve("deck.pptx"), out -> out.write(2));
        assertThat(busy).as("its process was killed").doesNotExist();
    }

    @Test
    void aWriteInProgressIsNotTakenForAnAbandonedOne() throws Exception {
        Path deck = dir.resolve("deck.pptx");
        AtomicFiles.write(deck, outer -> {
            outer.write("outer ".getBytes());
            // A second export to the same target while the first is still writing, as two windows might.
            AtomicFiles.write(deck, inner -> inner.write("inner".getBytes()));
            outer.write("deck".getBytes());
        });
        assertThat(deck).hasContent("outer deck");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(deck);
        }
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
