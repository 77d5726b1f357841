package dev.specsync.git.internal;

import dev.specsync.git.GitOperationException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.CoreConfig.EolStreamType;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;

/**
 * Writes a tree of the working tree as it is on disk: tracked files (as they are now, deleted ones
 * absent) and untracked files that are not ignored, with raw bytes (no clean filter, no line ending
 * conversion), the executable bit and symlinks. Reuses the index's blob id when the file is unchanged
 * and no conversion applies, so only changed files are read. When the working tree holds exactly the
 * index's stage-0 entries (the usual case before a pull: nothing uncommitted), the tree is the index's
 * tree, which the caller already has: no tree is formatted, hashed or written a second time.
 */
final class WorkTreeScanner {

	private static final int IN_MEMORY_LIMIT = 16 << 20;

	private final Repository repo;
	private final ObjectReader reader;
	private final ObjectInserter inserter;

	WorkTreeScanner(Repository repo, ObjectReader reader, ObjectInserter inserter) {
		this.repo = repo;
		this.reader = reader;
		this.inserter = inserter;
	}

	/** One file of the working tree as the snapshot records it. */
	private record Entry(String path, FileMode mode, ObjectId id) {
	}

	/**
	 * @param indexTree the tree of {@code index}'s stage-0 entries (already written), returned as is when the
	 *            working tree holds exactly those entries
	 */
	ObjectId writeTree(DirCache index, ObjectId indexTree, Collateral collateral) throws IOException, GitOperationException {
		Map<String, DirCacheEntry> stage0 = new HashMap<>();
		Set<String> tracked = new HashSet<>();
		Set<String> trackedDirs = new HashSet<>();
		for (int i = 0; i < index.getEntryCount(); i++) {
			DirCacheEntry e = index.getEntry(i);
			String p = e.getPathString();
			if (e.getFileMode() == FileMode.GITLINK) {
				throw Failures.unsupported("This repository uses Git submodules (" + p + "), which SpecSync snapshots do not support yet.",
						"Use the git command line for this repository, or remove the submodule.");
			}
			tracked.add(p);
			if (e.getStage() == DirCacheEntry.STAGE_0) {
				stage0.put(p, e);
			}
			for (String d = parentOf(p); d != null; d = parentOf(d)) {
				if (!trackedDirs.add(d)) {
					break;
				}
			}
		}

		List<Entry> entries = new ArrayList<>(index.getEntryCount() + 16);
		boolean sameAsIndex = true;
		Set<String> ignoredDirs = new HashSet<>();
		Set<String> wholeDirs = new HashSet<>();
		Path root = repo.getWorkTree().toPath();

		try (TreeWalk walk = new TreeWalk(repo, reader)) {
			FileTreeIterator files = new FileTreeIterator(repo);
			files.setWalkIgnoredDirectories(true);
			walk.addTree(files);
			walk.setRecursive(false);
			while (walk.next()) {
				String path = walk.getPathString();
				WorkingTreeIterator it = walk.getTree(0, WorkingTreeIterator.class);
				String parent = parentOf(path);
				boolean parentIgnored = parent != null && ignoredDirs.contains(parent);
				boolean parentWhole = parent != null && wholeDirs.contains(parent);
				FileMode mode = walk.getFileMode(0);

				if (walk.isSubtree()) {
					boolean ignored = parentIgnored || it.isEntryIgnored();
					if (parentWhole || collateral.includeEverythingUnder(path)) {
						wholeDirs.add(path);
					} else if (ignored && !trackedDirs.contains(path) && !collateral.descendIgnoredDirectory(path)) {
						continue;
					}
					if (ignored) {
						ignoredDirs.add(path);
					}
					walk.enterSubtree();
					continue;
				}
				if (mode == FileMode.GITLINK) {
					continue;
				}
				boolean include = tracked.contains(path) || parentWhole
						|| (!parentIgnored && !it.isEntryIgnored()) || collateral.includeIgnoredFile(path);
				if (!include) {
					continue;
				}
				FileMode diskMode = mode == FileMode.SYMLINK ? FileMode.SYMLINK
						: mode == FileMode.EXECUTABLE_FILE ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE;
				ObjectId id = reusableIndexId(stage0.get(path), it, diskMode);
				if (id == null) {
					id = insertRaw(root, path, diskMode);
					if (id == null) {
						continue;
					}
				}
				entries.add(new Entry(path, diskMode, id));
				if (sameAsIndex) {
					DirCacheEntry indexEntry = stage0.get(path);
					sameAsIndex = indexEntry != null && indexEntry.getFileMode() == diskMode && id.equals(indexEntry.getObjectId());
				}
			}
		}
		if (sameAsIndex && entries.size() == stage0.size()) {
			// every stage-0 entry has exactly one file with its mode and blob, and nothing else is there
			return indexTree;
		}
		DirCache out = DirCache.newInCore();
		DirCacheBuilder builder = out.builder();
		for (Entry entry : entries) {
			DirCacheEntry e = new DirCacheEntry(entry.path());
			e.setFileMode(entry.mode());
			e.setObjectId(entry.id());
			builder.add(e);
		}
		builder.finish();
		return out.writeTree(inserter);
	}

	private ObjectId reusableIndexId(DirCacheEntry indexEntry, WorkingTreeIterator it, FileMode diskMode)
			throws IOException {
		if (indexEntry == null || indexEntry.getFileMode() != diskMode) {
			return null;
		}
		if (diskMode != FileMode.SYMLINK
				&& (it.getEolStreamType() != EolStreamType.DIRECT || it.getCleanFilterCommand() != null)) {
			return null;
		}
		return it.isModified(indexEntry, true, reader) ? null : indexEntry.getObjectId();
	}

	/** @return the blob id, or null if the file disappeared meanwhile */
	private ObjectId insertRaw(Path root, String path, FileMode mode) throws IOException {
		Path file = root.resolve(path);
		try {
			if (mode == FileMode.SYMLINK) {
				String target = repo.getFS().readSymLink(new File(root.toFile(), path));
				return inserter.insert(Constants.OBJ_BLOB, Constants.encode(target));
			}
			long size = Files.size(file);
			if (size <= IN_MEMORY_LIMIT) {
				return inserter.insert(Constants.OBJ_BLOB, Files.readAllBytes(file));
			}
			try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
				return inserter.insert(Constants.OBJ_BLOB, size, in);
			}
		} catch (NoSuchFileException gone) {
			return null;
		}
	}

	static String parentOf(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? null : path.substring(0, slash);
	}
}
