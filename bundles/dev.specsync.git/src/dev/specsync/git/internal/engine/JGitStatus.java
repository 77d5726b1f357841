package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.TreeWalk.OperationType;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.IndexDiffFilter;
import org.eclipse.jgit.treewalk.filter.SkipWorkTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.specsync.git.engine.StatusOperation;
import dev.specsync.git.engine.WorkspaceStatus;

/**
 * Status as {@code git status} computes it: the index against HEAD (staged) and the working tree against the index
 * (changed, untracked). Files whose size and modification time match the index are not read. The index is compared
 * with HEAD by tree id first: the index's tree id comes from its cache-tree extension where git left it valid and is
 * hashed from the index otherwise, so when nothing is staged (the usual case) HEAD's trees are not read at all, and
 * otherwise only the folders whose ids differ are. An index with conflicts, submodules or intent-to-add entries goes
 * through JGit's {@link IndexDiff} as a whole.
 */
final class JGitStatus extends Operation<WorkspaceStatus> implements StatusOperation {

	private static final int INDEX = 0;
	private static final int WORKDIR = 1;

	private final Repository repository;

	JGitStatus(Repository repository) {
		super("read the status of the working tree", repository); //$NON-NLS-1$
		this.repository = repository;
	}

	/** What differs: the sets of {@link WorkspaceStatus}. */
	private record Changes(Set<String> staged, Set<String> changed, Set<String> untracked, Set<String> conflicting) {
	}

	@Override
	WorkspaceStatus run() throws IOException {
		DirCache index = repository.readDirCache();
		Changes changes = simple(index) ? walk(index) : indexDiff();
		Set<String> staged = changes.staged();
		Set<String> changed = changes.changed();
		Set<String> conflicting = changes.conflicting();
		staged.removeAll(conflicting);
		changed.removeAll(conflicting);

		Ref head = repository.exactRef(Constants.HEAD);
		Optional<String> branch = Optional.empty();
		Optional<String> upstream = Optional.empty();
		int ahead = 0;
		int behind = 0;
		if (head != null && head.isSymbolic()) {
			String shortName = Repository.shortenRefName(head.getTarget().getName());
			branch = Optional.of(shortName);
			BranchTrackingStatus tracking = head.getObjectId() == null ? null : BranchTrackingStatus.of(repository, shortName);
			if (tracking != null) {
				upstream = Optional.of(Repository.shortenRefName(tracking.getRemoteTrackingBranch()));
				ahead = tracking.getAheadCount();
				behind = tracking.getBehindCount();
			}
		}
		return new WorkspaceStatus(branch, upstream, ahead, behind, staged, changed, changes.untracked(), conflicting,
				repository.getRepositoryState().name());
	}

	/** JGit's {@link IndexDiff} of HEAD, index and working tree (conflicts, submodules, intent-to-add entries). */
	private Changes indexDiff() throws IOException {
		IndexDiff diff = new IndexDiff(repository, Constants.HEAD, new FileTreeIterator(repository));
		diff.diff();
		Set<String> staged = new TreeSet<>(diff.getAdded());
		staged.addAll(diff.getChanged());
		staged.addAll(diff.getRemoved());
		Set<String> changed = new TreeSet<>(diff.getModified());
		changed.addAll(diff.getMissing());
		return new Changes(staged, changed, new TreeSet<>(diff.getUntracked()), new TreeSet<>(diff.getConflicting()));
	}

	/** Whether the index has only plain stage-0 entries: no conflicts, submodules or entries with flags. */
	private static boolean simple(DirCache index) {
		for (int i = 0; i < index.getEntryCount(); i++) {
			DirCacheEntry e = index.getEntry(i);
			if (e.getStage() != DirCacheEntry.STAGE_0 || e.getFileMode() == FileMode.GITLINK || e.isIntentToAdd()
					|| e.isSkipWorkTree() || e.isAssumeValid()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The same sets as {@link #indexDiff()} for an index for which {@link #simple(DirCache)} holds, except that a file
	 * removed from the index, kept on disk and matched by an ignore rule is not untracked (as in git; IndexDiff
	 * lists it).
	 */
	private Changes walk(DirCache index) throws IOException {
		Set<String> staged = new TreeSet<>();
		Set<String> changed = new TreeSet<>();
		Set<String> untracked = new TreeSet<>();
		try (ObjectReader reader = repository.newObjectReader()) {
			ObjectId head = repository.resolve(Constants.HEAD + "^{tree}"); //$NON-NLS-1$
			ObjectId indexTree = index.writeTree(new IdsOnly());
			if (!indexTree.equals(head)) {
				try (TreeWalk walk = new TreeWalk(repository, reader)) {
					walk.addTree(head == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, head));
					walk.addTree(new DirCacheIterator(index));
					walk.setRecursive(true);
					walk.setFilter(TreeFilter.ANY_DIFF);
					while (walk.next()) {
						staged.add(walk.getPathString());
					}
				}
			}
			try (TreeWalk walk = new TreeWalk(repository, reader)) {
				walk.setOperationType(OperationType.CHECKIN_OP);
				walk.setRecursive(true);
				walk.addTree(new DirCacheIterator(index));
				FileTreeIterator files = new FileTreeIterator(repository);
				walk.addTree(files);
				files.setDirCacheIterator(walk, INDEX);
				walk.setFilter(AndTreeFilter.create(new SkipWorkTreeFilter(INDEX), new IndexDiffFilter(INDEX, WORKDIR)));
				while (walk.next()) {
					DirCacheIterator tracked = walk.getTree(INDEX, DirCacheIterator.class);
					WorkingTreeIterator file = walk.getTree(WORKDIR, WorkingTreeIterator.class);
					if (tracked != null) {
						if (file == null || file.isModified(tracked.getDirCacheEntry(), true, reader)) {
							changed.add(walk.getPathString());
						}
					} else if (file != null && !file.isEntryIgnored()) {
						untracked.add(walk.getPathString());
					}
				}
			}
		}
		return new Changes(staged, changed, untracked, new TreeSet<>());
	}

	/** Computes object ids without storing anything: the index's tree id, from its cache-tree where valid. */
	private static final class IdsOnly extends ObjectInserter.Formatter {
		@Override
		public ObjectId insert(int objectType, long length, InputStream in) throws IOException {
			return idFor(objectType, length, in);
		}

		@Override
		public ObjectId insert(int type, byte[] data, int off, int len) {
			return idFor(type, data, off, len);
		}
	}
}
