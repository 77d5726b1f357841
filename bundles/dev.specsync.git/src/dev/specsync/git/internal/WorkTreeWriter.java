package dev.specsync.git.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * Turns a working tree whose content is exactly {@code current} (a snapshot tree of it) into
 * {@code target}: deletes files absent from target, removes directories that became empty, writes
 * changed files atomically (temp file in the .git directory, then rename) with raw bytes.
 * Never writes through a symlinked directory.
 */
final class WorkTreeWriter {

	private final Repository repo;
	private final ObjectReader reader;
	private final Path root;
	private final Path tmpDir;

	WorkTreeWriter(Repository repo, ObjectReader reader) {
		this.repo = repo;
		this.reader = reader;
		this.root = repo.getWorkTree().toPath();
		this.tmpDir = repo.getDirectory().toPath().resolve("specsync").resolve("tmp");
	}

	private record Change(String path, FileMode mode, ObjectId id, ObjectId oldId, FileMode oldMode) {
	}

	void apply(ObjectId currentTree, ObjectId targetTree) throws IOException {
		List<String> deletes = new ArrayList<>();
		List<Change> writes = new ArrayList<>();
		try (TreeWalk tw = new TreeWalk(reader)) {
			tw.addTree(currentTree);
			tw.addTree(targetTree);
			tw.setRecursive(true);
			tw.setFilter(TreeFilter.ANY_DIFF);
			while (tw.next()) {
				FileMode targetMode = tw.getFileMode(1);
				if (targetMode == FileMode.MISSING) {
					deletes.add(tw.getPathString());
				} else {
					writes.add(new Change(tw.getPathString(), targetMode, tw.getObjectId(1), tw.getObjectId(0),
							tw.getFileMode(0)));
				}
			}
		}
		deletes.sort(Comparator.comparingInt(String::length).reversed());
		for (String p : deletes) {
			Path f = root.resolve(p);
			Files.deleteIfExists(f);
			removeEmptyParents(f.getParent());
		}
		if (!writes.isEmpty()) {
			Files.createDirectories(tmpDir);
			removeLeftoversOfInterruptedRestores();
		}
		for (Change c : writes) {
			write(c);
		}
	}

	private void write(Change c) throws IOException {
		Path file = root.resolve(c.path());
		ensureParents(file.getParent());
		if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
			Files.delete(file);
		}
		boolean sameContent = c.oldId().equals(c.id()) && c.oldMode() != FileMode.MISSING
				&& c.oldMode() != FileMode.SYMLINK && c.mode() != FileMode.SYMLINK
				&& Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
		if (sameContent) {
			setExecutable(file, c.mode() == FileMode.EXECUTABLE_FILE);
			return;
		}
		Path tmp = tmpDir.resolve(UUID.randomUUID().toString());
		try {
			if (c.mode() == FileMode.SYMLINK) {
				byte[] target = reader.open(c.id(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
				Files.createSymbolicLink(tmp, Path.of(RawParseUtils.decode(target)));
			} else {
				try (OutputStream out = Files.newOutputStream(tmp)) {
					reader.open(c.id(), Constants.OBJ_BLOB).copyTo(out);
				}
				setExecutable(tmp, c.mode() == FileMode.EXECUTABLE_FILE);
			}
			move(tmp, file);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	private void removeLeftoversOfInterruptedRestores() throws IOException {
		try (var stale = Files.newDirectoryStream(tmpDir)) {
			for (Path p : stale) {
				Files.deleteIfExists(p);
			}
		}
	}

	private void setExecutable(Path file, boolean executable) throws IOException {
		if (repo.getFS().supportsExecute() && repo.getFS().canExecute(file.toFile()) != executable) {
			if (!repo.getFS().setExecute(file.toFile(), executable)) {
				throw new IOException("Cannot change the executable bit of " + root.relativize(file));
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException otherFileSystem) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void ensureParents(Path dir) throws IOException {
		if (dir.equals(root)) {
			return;
		}
		ensureParents(dir.getParent());
		if (Files.isSymbolicLink(dir) || (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)
				&& !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))) {
			throw new IOException("Cannot create folder " + root.relativize(dir)
					+ " because a file or link of that name is in the way");
		}
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectory(dir);
		}
	}

	private void removeEmptyParents(Path dir) throws IOException {
		while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
			try {
				Files.delete(dir);
			} catch (DirectoryNotEmptyException | NoSuchFileException stop) {
				return;
			}
			dir = dir.getParent();
		}
	}
}
