package dev.specsync.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Replaces files so that a reader, or the file system after a crash or power loss, sees either the old or the
 * new content, never part of one: the bytes go to a hidden temporary file beside the target, are forced to
 * disk, and the temporary file is renamed over the target, then the folder is forced too. The one way every
 * SpecSync save writes a file. Stateless and thread-safe; two writers of one file leave one of their contents.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/**
	 * Writes {@code bytes} to {@code target}, atomically. When the file already holds exactly these bytes
	 * nothing is written (its modification time is kept). A replaced file keeps its POSIX permissions.
	 *
	 * @param target the file to write; its folder must exist; a symbolic link is replaced, not followed
	 * @param bytes the new content
	 * @throws IOException when writing, forcing or renaming fails, also when the file system cannot rename
	 *         atomically; the temporary file is then removed and {@code target} is unchanged
	 */
	public static void write(Path target, byte[] bytes) throws IOException {
		Path file = target.toAbsolutePath();
		if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
				&& Arrays.equals(Files.readAllBytes(file), bytes)) {
			return;
		}
		Path folder = file.getParent();
		Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			keepPermissions(file, temp);
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException | Error e) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
		forceFolder(folder);
	}

	/** The temporary file is created readable by its owner only; a replaced file keeps what it had. */
	private static void keepPermissions(Path file, Path temp) throws IOException {
		PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class,
				LinkOption.NOFOLLOW_LINKS);
		PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (from == null || to == null) {
			return;
		}
		if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			to.setPermissions(from.readAttributes().permissions());
		} else if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
			to.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--")); //$NON-NLS-1$
		}
	}

	/** Makes the rename durable where the platform allows forcing a folder (Linux, macOS); elsewhere a no-op. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a folder as a channel; its rename is durable with the file's own flush
		}
	}
}
