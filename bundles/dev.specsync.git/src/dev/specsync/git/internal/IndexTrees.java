package dev.specsync.git.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheTree;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Converts an index to trees and back.
 *
 * <p>Layout: the index tree holds the stage-0 entries at their paths. The optional state tree holds
 * {@code stage1/}, {@code stage2/}, {@code stage3/} with the conflict stages at their paths,
 * {@code MERGE_MSG} with the pending merge message and {@code index} with the raw index file when
 * entries carry flags (intent-to-add, skip-worktree, assume-valid) that trees cannot express.
 */
final class IndexTrees {

	static final String MERGE_MSG = "MERGE_MSG";
	static final String RAW_INDEX = "index";
	private static final String STAGE = "stage";

	/** Trees written for one index. {@code state} is null when there is nothing beyond stage 0. */
	record Written(ObjectId index, ObjectId state) {
	}

	private IndexTrees() {
	}

	static Written write(Repository repo, DirCache dc, ObjectInserter ins, List<ObjectId> mergeHeads, String mergeMsg)
			throws IOException {
		boolean hasStages = false;
		boolean hasFlags = false;
		boolean usesEmptyBlob = false;
		ObjectId emptyBlob = ins.idFor(Constants.OBJ_BLOB, new byte[0]);
		for (int i = 0; i < dc.getEntryCount(); i++) {
			DirCacheEntry e = dc.getEntry(i);
			usesEmptyBlob |= emptyBlob.equals(e.getObjectId());
			hasFlags |= e.isIntentToAdd() || e.isSkipWorkTree() || e.isAssumeValid();
			hasStages |= e.getStage() != DirCacheEntry.STAGE_0;
		}
		if (usesEmptyBlob) {
			ins.insert(Constants.OBJ_BLOB, new byte[0]);
		}
		ObjectId indexTree = hasStages || hasFlags ? null : cachedTree(dc, ins);
		DirCache state = DirCache.newInCore();
		DirCacheBuilder bs = state.builder();
		boolean hasState = hasStages;
		if (indexTree == null) {
			DirCache stage0 = DirCache.newInCore();
			DirCacheBuilder b0 = stage0.builder();
			for (int i = 0; i < dc.getEntryCount(); i++) {
				DirCacheEntry e = dc.getEntry(i);
				if (e.getStage() == DirCacheEntry.STAGE_0) {
					b0.add(copy(e.getPathString(), e));
				} else {
					bs.add(copy(STAGE + e.getStage() + "/" + e.getPathString(), e));
				}
			}
			b0.finish();
			indexTree = stage0.writeTree(ins);
		}
		if (mergeMsg != null) {
			bs.add(blobEntry(MERGE_MSG, ins.insert(Constants.OBJ_BLOB, mergeMsg.getBytes(StandardCharsets.UTF_8))));
			hasState = true;
		}
		if (hasFlags) {
			byte[] raw = Files.readAllBytes(repo.getIndexFile().toPath());
			bs.add(blobEntry(RAW_INDEX, ins.insert(Constants.OBJ_BLOB, raw)));
			hasState = true;
		}
		hasState |= mergeHeads != null && !mergeHeads.isEmpty();
		bs.finish();
		return new Written(indexTree, hasState ? state.writeTree(ins) : null);
	}

	/**
	 * The tree the index's cache-tree extension (written by git, e.g. after a commit, checkout or reset) records for
	 * the whole index, if it is valid and that tree is in the object database; {@code null} otherwise. Git trusts the
	 * extension the same way (and also checks that the tree exists). Saves formatting and hashing a tree per folder of
	 * a large index for every snapshot.
	 */
	private static ObjectId cachedTree(DirCache dc, ObjectInserter ins) throws IOException {
		DirCacheTree root = dc.getCacheTree(false);
		if (root == null || !root.isValid() || root.getEntrySpan() != dc.getEntryCount()) {
			return null;
		}
		ObjectId id = root.getObjectId();
		try (ObjectReader reader = ins.newReader()) {
			return id != null && reader.has(id, Constants.OBJ_TREE) ? id : null;
		}
	}

	private static DirCacheEntry copy(String path, DirCacheEntry src) {
		DirCacheEntry e = new DirCacheEntry(path);
		e.setFileMode(src.getFileMode());
		e.setObjectId(src.getObjectId());
		return e;
	}

	private static DirCacheEntry blobEntry(String path, ObjectId id) {
		DirCacheEntry e = new DirCacheEntry(path);
		e.setFileMode(FileMode.REGULAR_FILE);
		e.setObjectId(id);
		return e;
	}

	/**
	 * Reads index entries (all stages) from the trees, with flags from the raw index if one was saved.
	 * Stat data is left empty; see {@link #refreshStat}.
	 */
	static List<DirCacheEntry> read(Repository repo, ObjectReader reader, ObjectId indexTree, ObjectId stateTree)
			throws IOException {
		Map<String, DirCacheEntry> flags = stateTree == null ? Map.of() : flagEntries(repo, reader, stateTree);
		List<DirCacheEntry> out = new ArrayList<>();
		try (TreeWalk tw = new TreeWalk(reader)) {
			tw.addTree(indexTree);
			tw.setRecursive(true);
			while (tw.next()) {
				out.add(entry(tw.getPathString(), 0, tw, flags));
			}
		}
		if (stateTree == null) {
			return out;
		}
		try (TreeWalk tw = new TreeWalk(reader)) {
			tw.addTree(stateTree);
			tw.setRecursive(true);
			while (tw.next()) {
				String p = tw.getPathString();
				if (p.length() > STAGE.length() + 2 && p.startsWith(STAGE) && p.charAt(STAGE.length() + 1) == '/') {
					int stage = p.charAt(STAGE.length()) - '0';
					if (stage >= 1 && stage <= 3) {
						out.add(entry(p.substring(STAGE.length() + 2), stage, tw, flags));
					}
				}
			}
		}
		return out;
	}

	private static DirCacheEntry entry(String path, int stage, TreeWalk tw, Map<String, DirCacheEntry> flags) {
		FileMode mode = tw.getFileMode(0);
		ObjectId id = tw.getObjectId(0);
		DirCacheEntry flagged = flags.get(stage + ":" + path);
		DirCacheEntry e;
		if (flagged != null && flagged.getObjectId().equals(id) && flagged.getFileMode() == mode) {
			e = flagged;
			e.setLength(0);
			e.setLastModified(Instant.EPOCH);
		} else {
			e = new DirCacheEntry(path, stage);
			e.setFileMode(mode);
			e.setObjectId(id);
		}
		return e;
	}

	/**
	 * Copies stat data from disk into stage-0 entries whose file was written from the same blob, so
	 * Git does not have to re-hash them. Other entries keep empty stat data and are re-hashed by Git.
	 */
	static void refreshStat(List<DirCacheEntry> entries, Map<String, ObjectId> workTree, Repository repo)
			throws IOException {
		Path root = repo.getWorkTree().toPath();
		for (DirCacheEntry e : entries) {
			if (e.getStage() == 0 && !e.isIntentToAdd() && e.getObjectId().equals(workTree.get(e.getPathString()))) {
				StatInfo.apply(e, root.resolve(e.getPathString()), repo.getFS());
			}
		}
	}

	private static Map<String, DirCacheEntry> flagEntries(Repository repo, ObjectReader reader, ObjectId stateTree)
			throws IOException {
		try (TreeWalk tw = TreeWalk.forPath(reader, RAW_INDEX, stateTree)) {
			if (tw == null) {
				return Map.of();
			}
			byte[] raw = reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
			File tmp = File.createTempFile("specsync-index", ".tmp", repo.getDirectory());
			try {
				Files.write(tmp.toPath(), raw);
				DirCache old = DirCache.read(tmp, repo.getFS());
				Map<String, DirCacheEntry> m = new HashMap<>();
				for (int i = 0; i < old.getEntryCount(); i++) {
					DirCacheEntry e = old.getEntry(i);
					if (e.isIntentToAdd() || e.isSkipWorkTree() || e.isAssumeValid()) {
						m.put(e.getStage() + ":" + e.getPathString(), e);
					}
				}
				return m;
			} catch (IOException | RuntimeException unreadable) {
				return Map.of();
			} finally {
				Files.deleteIfExists(tmp.toPath());
			}
		}
	}

	static String mergeMessage(ObjectReader reader, ObjectId stateTree) throws IOException {
		if (stateTree == null) {
			return null;
		}
		try (TreeWalk tw = TreeWalk.forPath(reader, MERGE_MSG, stateTree)) {
			if (tw == null) {
				return null;
			}
			return new String(reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE),
					StandardCharsets.UTF_8);
		}
	}
}
