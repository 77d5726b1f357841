package dev.specsync.collections.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that readers see either the old or the new content, never a partial file. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to a temporary file in the directory of {@code target} and moves it over {@code target}
     * atomically. When the file already holds exactly these bytes nothing is written.
     *
     * @param target the file to write, never null; its directory must exist
     * @param bytes  the new content, never null
     * @throws IOException when writing or the move fails (also when the file system cannot move atomically); the
     *                     temporary file is removed and {@code target} is left unchanged
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Path dir = file.getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
