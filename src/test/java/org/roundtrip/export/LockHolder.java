package org.roundtrip.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The child process of {@link AtomicFilesTest}: locks the file named by its argument as a writer in
 * another process would, prints {@code locked}, and holds the lock until its input closes or it is killed.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock until the parent closes our input or kills us
            }
        }
    }
}
