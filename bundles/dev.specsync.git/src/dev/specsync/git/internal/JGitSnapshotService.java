package dev.specsync.git.internal;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.RestoreMode;
import dev.specsync.git.RestoreResult;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SnapshotService;
import dev.specsync.git.SyncOperation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** {@link SnapshotService} over a file-based JGit {@link Repository}. Thread-safe; all calls are serialized. */
final class JGitSnapshotService implements SnapshotService {

	private static final DateTimeFormatter REF_TIME =
			DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
	private static final String IDENT_NAME = "SpecSync";
	private static final String IDENT_EMAIL = "snapshot@specsync.invalid";
	private static final String SAVE = "save a snapshot";
	private static final String UNCHANGED = "Your files, the index and branches were not changed.";

	private final Repository repo;
	private final Clock clock;
	private final Path gitDir;

	/**
	 * @param repo non-bare repository, not closed by this service
	 * @param clock time source for snapshot times and pruning
	 * @throws GitOperationException if the repository is bare
	 */
	JGitSnapshotService(Repository repo, Clock clock) throws GitOperationException {
		this.repo = Objects.requireNonNull(repo, "repo");
		this.clock = Objects.requireNonNull(clock, "clock");
		if (repo.isBare()) {
			throw Failures.unsupported("The repository " + repo.getDirectory() + " has no working tree (it is bare).",
					"Open a repository with a working tree (a normal clone) instead.");
		}
		this.gitDir = repo.getDirectory().toPath();
	}

	@Override
	public synchronized Snapshot take(String reason) throws GitOperationException {
		Objects.requireNonNull(reason, "reason");
		return takeGuarded(reason, null);
	}

	@Override
	public synchronized Snapshot takeBefore(SyncOperation operation) throws GitOperationException {
		Objects.requireNonNull(operation, "operation");
		return takeGuarded(operation.defaultReason(), operation);
	}

	private Snapshot takeGuarded(String reason, SyncOperation op) throws GitOperationException {
		try {
			return takeInternal(reason, op, repo.readDirCache(), Collateral.NONE, List.of());
		} catch (IOException | RuntimeException e) {
			throw Failures.classify(e, SAVE, UNCHANGED, gitDir);
		}
	}

	private Snapshot takeInternal(String reason, SyncOperation op, DirCache index, Collateral collateral,
			List<ObjectId> keepAlive) throws IOException, GitOperationException {
		Instant now = clock.instant();
		Ref headRef = repo.exactRef(Constants.HEAD);
		String branch = headRef != null && headRef.isSymbolic() ? headRef.getTarget().getName() : null;
		ObjectId head = headRef == null ? null : headRef.getObjectId();
		List<ObjectId> mergeHeads = Optional.ofNullable(repo.readMergeHeads()).orElse(List.of());
		String mergeMsg = mergeHeads.isEmpty() ? null : repo.readMergeCommitMsg();
		PersonIdent ident = new PersonIdent(IDENT_NAME, IDENT_EMAIL, now, ZoneOffset.UTC);

		try (ObjectReader reader = repo.newObjectReader(); ObjectInserter ins = repo.newObjectInserter()) {
			IndexTrees.Written trees = IndexTrees.write(repo, index, ins, mergeHeads, mergeMsg);
			ObjectId workTree = new WorkTreeScanner(repo, reader, ins).writeTree(index, trees.index(), collateral);

			ObjectId indexCommit = commit(ins, trees.index(), ident, "SpecSync index: " + SnapshotMetadata.foldReason(reason),
					head == null ? List.of() : List.of(head));
			ObjectId stateCommit = trees.state() == null ? null
					: commit(ins, trees.state(), ident, "SpecSync merge state and conflict stages", List.of());

			LinkedHashSet<ObjectId> parents = new LinkedHashSet<>();
			if (head != null) {
				parents.add(head);
			}
			parents.add(indexCommit);
			if (stateCommit != null) {
				parents.add(stateCommit);
			}
			parents.addAll(mergeHeads);
			List<ObjectId> keep = keepAlive.stream().filter(id -> !parents.contains(id)).distinct().toList();
			parents.addAll(keep);
			SnapshotMetadata md = new SnapshotMetadata(now, reason, op, branch, head, indexCommit, stateCommit,
					mergeHeads, keep);
			ObjectId snapshotCommit = commit(ins, workTree, ident, md.format(), List.copyOf(parents));
			ins.flush();

			String refName = createRef(now, snapshotCommit, md);
			return toSnapshot(refName, snapshotCommit, md);
		}
	}

	private static ObjectId commit(ObjectInserter ins, ObjectId tree, PersonIdent ident, String message,
			List<ObjectId> parents) throws IOException {
		CommitBuilder cb = new CommitBuilder();
		cb.setTreeId(tree);
		cb.setParentIds(parents);
		cb.setAuthor(ident);
		cb.setCommitter(ident);
		cb.setMessage(message);
		return ins.insert(cb);
	}

	private String createRef(Instant now, ObjectId commit, SnapshotMetadata md) throws IOException, GitOperationException {
		String base = REF_PREFIX + REF_TIME.format(now) + "-" + commit.abbreviate(8).name();
		String name = base;
		for (int n = 2; repo.exactRef(name) != null; n++) {
			name = base + "-" + n;
		}
		RefUpdate ru = repo.updateRef(name);
		ru.setExpectedOldObjectId(ObjectId.zeroId());
		ru.setNewObjectId(commit);
		ru.setRefLogMessage("specsync: " + md.reason(), false);
		RefUpdate.Result result = ru.update();
		if (result != RefUpdate.Result.NEW) {
			if (result == RefUpdate.Result.LOCK_FAILURE) {
				throw new LockFailedException(new java.io.File(repo.getDirectory(), name + ".lock"));
			}
			throw new IOException("Creating " + name + " failed: " + result);
		}
		return name;
	}

	private static Snapshot toSnapshot(String refName, ObjectId commit, SnapshotMetadata md) {
		return new Snapshot(refName, commit, md.time(), md.reason(), md.operation(), md.branch(), md.head());
	}

	@Override
	public synchronized List<Snapshot> list() throws GitOperationException {
		try {
			List<Snapshot> out = new ArrayList<>();
			try (RevWalk rw = new RevWalk(repo)) {
				for (Ref ref : repo.getRefDatabase().getRefsByPrefix(REF_PREFIX)) {
					read(rw, ref).ifPresent(out::add);
				}
			}
			out.sort(Comparator.comparing(Snapshot::time).thenComparing(Snapshot::refName).reversed());
			return out;
		} catch (IOException | RuntimeException e) {
			throw Failures.classify(e, "list snapshots", "Nothing was changed.", gitDir);
		}
	}

	private static Optional<Snapshot> read(RevWalk rw, Ref ref) {
		try {
			if (ref.getObjectId() == null) {
				return Optional.empty();
			}
			RevCommit c = rw.parseCommit(ref.getObjectId());
			return parseMetadata(c).map(md -> toSnapshot(ref.getName(), c, md));
		} catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private static Optional<SnapshotMetadata> parseMetadata(RevCommit c) {
		Set<ObjectId> parents = new HashSet<>();
		for (RevCommit p : c.getParents()) {
			parents.add(p.getId());
		}
		return SnapshotMetadata.parse(c.getFullMessage(), parents);
	}

	@Override
	public synchronized RestoreResult restore(Snapshot snapshot, RestoreMode mode) throws GitOperationException {
		Objects.requireNonNull(snapshot, "snapshot");
		Objects.requireNonNull(mode, "mode");
		String action = "restore snapshot '" + snapshot.reason() + "' (" + snapshot.id() + ")";
		RevCommit commit;
		SnapshotMetadata md;
		try (RevWalk rw = new RevWalk(repo)) {
			Ref ref = repo.exactRef(snapshot.refName());
			if (ref == null || !snapshot.commitId().equals(ref.getObjectId())) {
				throw Failures.notFound("The snapshot '" + snapshot.reason() + "' (" + snapshot.id() + ") no longer exists.",
						"Reload the snapshot list and choose another snapshot.");
			}
			commit = rw.parseCommit(ref.getObjectId());
			md = parseMetadata(commit).orElse(null);
			rw.parseHeaders(commit.getTree());
		} catch (IOException | RuntimeException e) {
			throw Failures.classify(e, action, "Nothing was changed.", gitDir);
		}
		if (md == null) {
			throw Failures.corrupt("The snapshot " + snapshot.id() + " cannot be read.",
					"Choose another snapshot; run 'git fsck' if this keeps happening.");
		}

		DirCache locked;
		try {
			locked = repo.lockDirCache();
		} catch (IOException | RuntimeException e) {
			throw Failures.classify(e, action, "Nothing was changed.", gitDir);
		}
		Snapshot safety = null;
		try (ObjectReader reader = repo.newObjectReader()) {
			ObjectId targetTree = commit.getTree().getId();
			Map<String, ObjectId> target = new HashMap<>();
			Set<String> targetDirs = new HashSet<>();
			readTree(reader, targetTree, target, targetDirs);

			List<ObjectId> keep = new ArrayList<>();
			if (mode == RestoreMode.FILES_INDEX_AND_BRANCH && md.branch() != null) {
				Ref tip = repo.exactRef(md.branch());
				if (tip != null && tip.getObjectId() != null) {
					keep.add(tip.getObjectId());
				}
			}
			safety = takeInternal("before restore", null, locked, Collateral.of(target.keySet(), targetDirs), keep);

			RevCommit safetyCommit;
			List<DirCacheEntry> entries;
			String mergeMsg;
			try (RevWalk rw = new RevWalk(reader)) {
				safetyCommit = rw.parseCommit(safety.commitId());
				ObjectId stateTree = md.state() == null ? null : rw.parseCommit(md.state()).getTree().getId();
				entries = IndexTrees.read(repo, reader, rw.parseCommit(md.index()).getTree(), stateTree);
				mergeMsg = md.mergeHeads().isEmpty() ? null : IndexTrees.mergeMessage(reader, stateTree);
			}
			new WorkTreeWriter(repo, reader).apply(safetyCommit.getTree(), targetTree);

			IndexTrees.refreshStat(entries, target, repo);
			DirCacheBuilder builder = locked.builder();
			entries.forEach(builder::add);
			builder.finish();
			locked.write();
			if (!locked.commit()) {
				throw new IOException("Could not replace the index file " + repo.getIndexFile());
			}
			repo.writeMergeHeads(md.mergeHeads().isEmpty() ? null : md.mergeHeads());
			repo.writeMergeCommitMsg(mergeMsg);
			if (mode == RestoreMode.FILES_INDEX_AND_BRANCH) {
				new HeadRestorer(repo).restore(md, snapshot.id());
			}
			return new RestoreResult(snapshot, safety);
		} catch (IOException | RuntimeException e) {
			String note = safety == null ? "Nothing was changed."
					: "Your files may be partly restored; the state from before this attempt is saved as snapshot "
							+ safety.id() + " ('before restore').";
			throw Failures.classify(e, action, note, gitDir);
		} catch (GitOperationException e) {
			throw e;
		} finally {
			locked.unlock();
		}
	}

	private static void readTree(ObjectReader reader, ObjectId tree, Map<String, ObjectId> files, Set<String> dirs)
			throws IOException {
		try (TreeWalk tw = new TreeWalk(reader)) {
			tw.addTree(tree);
			tw.setRecursive(true);
			while (tw.next()) {
				String p = tw.getPathString();
				files.put(p, tw.getObjectId(0));
				for (String d = WorkTreeScanner.parentOf(p); d != null && dirs.add(d); d = WorkTreeScanner.parentOf(d)) {
					// ancestors recorded
				}
			}
		}
	}

	@Override
	public synchronized Optional<RestoreResult> undoLast() throws GitOperationException {
		for (Snapshot s : list()) {
			if (s.operation() != null) {
				return Optional.of(restore(s, RestoreMode.FILES_AND_INDEX));
			}
		}
		return Optional.empty();
	}

	@Override
	public synchronized List<Snapshot> pruneCandidates(Duration olderThan) throws GitOperationException {
		Objects.requireNonNull(olderThan, "olderThan");
		if (olderThan.isNegative()) {
			throw new IllegalArgumentException("olderThan must not be negative: " + olderThan);
		}
		List<Snapshot> all = list();
		Instant cutoff = clock.instant().minus(olderThan);
		return all.stream().skip(1).filter(s -> s.time().isBefore(cutoff)).toList();
	}

	@Override
	public synchronized List<Snapshot> prune(Duration olderThan) throws GitOperationException {
		List<Snapshot> removed = new ArrayList<>();
		for (Snapshot s : pruneCandidates(olderThan)) {
			try {
				RefUpdate ru = repo.updateRef(s.refName());
				ru.setExpectedOldObjectId(s.commitId());
				ru.setForceUpdate(true);
				RefUpdate.Result r = ru.delete();
				if (r != RefUpdate.Result.FORCED && r != RefUpdate.Result.NO_CHANGE) {
					throw new IOException("Deleting " + s.refName() + " failed: " + r);
				}
				removed.add(s);
			} catch (IOException | RuntimeException e) {
				throw Failures.classify(e, "delete old snapshot " + s.id(),
						removed.size() + " older snapshots were deleted before this error; the rest are kept.", gitDir);
			}
		}
		return removed;
	}
}
