package org.roundtrip.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that its target is either the old file or the complete new one, never half
 * written: the bytes go to a temporary file in the same folder (same file system, so the move is a
 * rename), which is forced to disk and then moved over the target.
 *
 * <p>The temporary file is named {@code .TARGET.UUID.part} and locked while it is written. A process
 * killed mid-write leaves its temporary file behind; the next write to the same target removes every
 * such file that no live writer holds (the operating system drops a dead process's locks).
 */
public final class AtomicFiles {

    /** What ends every temporary file's name. */
    static final String TEMPORARY_SUFFIX = ".part";

    private static final int UUID_LENGTH = 36;

    /**
     * Temporary files this JVM is writing. The cleaner never opens them: on Linux, closing any channel
     * to a file drops every lock this process holds on it, which would expose a live write to other
     * processes' cleaners.
     */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    /** Writes the content of a file to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} from {@code content}. On failure the target is untouched and the
     * temporary file removed.
     *
     * @throws IOException when the folder cannot be written or {@code content} fails
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        removeAbandonedTemporaries(folder, name);
        // not Files.createTempFile: its files are private (0600), and the moved file would keep that
        Path temp = folder.resolve("." + name + "." + UUID.randomUUID() + TEMPORARY_SUFFIX);
        WRITING.add(temp);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                lockQuietly(channel);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                // A rename can reach the disk before the data it names: without this, a power cut
                // could leave an empty target where the old file was.
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems cannot rename atomically; a plain replace is the best they offer
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            WRITING.remove(temp);
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Whether {@code file} is named like a temporary file of a write to {@code targetName}. */
    static boolean isTemporaryOf(Path file, String targetName) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return false;
        }
        String n = fileName.toString();
        String prefix = "." + targetName + ".";
        if (n.length() != prefix.length() + UUID_LENGTH + TEMPORARY_SUFFIX.length() || !n.startsWith(prefix)
                || !n.endsWith(TEMPORARY_SUFFIX)) {
            return false;
        }
        String id = n.substring(prefix.length(), prefix.length() + UUID_LENGTH);
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false; // a user's file that happens to look similar: never ours to delete
        }
    }

    /**
     * Deletes the temporary files of earlier writes to {@code targetName} whose writer is gone. Best
     * effort: a leftover file is only clutter, so nothing here stops the write.
     */
    private static void removeAbandonedTemporaries(Path folder, String targetName) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> isTemporaryOf(p, targetName))) {
            for (Path temp : temps) {
                if (!WRITING.contains(temp) && abandoned(temp)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // an unlistable folder or a file that vanished meanwhile: the write itself will say what is wrong
        }
    }

    /**
     * Whether no live process holds {@code temp}'s lock. A writer that is between creating the file
     * and locking it (microseconds) can be taken for dead; its move then fails and the target stays
     * as it was, so the worst case is a failed export, never a damaged file.
     */
    private static boolean abandoned(Path temp) {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false; // another process is writing it
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM holds it through a channel of its own
        } catch (IOException e) {
            return false; // locks unsupported here, or the file is gone: leave it
        }
    }

    /** Locks a new temporary file, where the file system supports locks; writing goes on either way. */
    private static void lockQuietly(FileChannel channel) {
        try {
            channel.tryLock(); // released when the channel closes
        } catch (IOException e) {
            // no locks on this file system: cleaners there cannot lock either, so they leave the file alone
        }
    }
}
