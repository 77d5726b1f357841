package dev.specsync.merge.cli.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Atomic file writes: a temporary file next to the target, then a move. Stateless. */
final class Files2 {
	private Files2() {
	}

	static void write(Path file, byte[] bytes) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".specsync-tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(tmp, bytes);
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	static String reason(IOException e) {
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "no such file"; //$NON-NLS-1$
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied"; //$NON-NLS-1$
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
