package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.RebaseCommand;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.engine.MergeStrategyHook;
import dev.specsync.git.engine.SyncResult;
import dev.specsync.git.engine.SyncResult.Status;

/**
 * Brings a commit into the checked-out branch by merge or rebase, after saving a snapshot; hands conflicting
 * files of a merge to the merge hooks; leaves remaining conflicts in Git's own conflict state.
 */
final class Integrator {

	private final JGitWorkspace workspace;
	private final Repository repository;
	private final List<MergeStrategyHook> hooks;
	private final ProgressMonitor monitor;
	/** What the user did, for messages: "pull", "merge". */
	private final String verb;

	Integrator(JGitWorkspace workspace, MergeStrategyHook explicitHook, ProgressMonitor monitor, String verb) {
		this.workspace = workspace;
		this.repository = workspace.repository();
		this.hooks = explicitHook != null ? List.of(explicitHook) : workspace.engine().hooks().get();
		this.monitor = monitor;
		this.verb = verb;
	}

	/** Refuses to start while a merge or rebase is unfinished. */
	void requireNoUnfinishedOperation() throws GitOperationException {
		RepositoryState state = repository.getRepositoryState();
		if (state != RepositoryState.SAFE) {
			throw Problems.of(Code.CONFLICT, "SpecSync could not " + verb + " because an earlier operation is unfinished (" //$NON-NLS-1$ //$NON-NLS-2$
					+ state.getDescription() + ").", //$NON-NLS-1$
					"Resolve the conflicts and commit, or undo the last sync ('specsync undo'), then try again."); //$NON-NLS-1$
		}
	}

	/** Whether HEAD already contains {@code upstream}. */
	boolean contains(AnyObjectId upstream) throws IOException {
		ObjectId head = repository.resolve(Constants.HEAD);
		if (head == null) {
			return false;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit up = walk.parseCommit(upstream);
			return walk.isMergedInto(up, walk.parseCommit(head));
		}
	}

	SyncResult upToDate() throws IOException {
		return new SyncResult(Status.UP_TO_DATE, Optional.ofNullable(repository.resolve(Constants.HEAD)), List.of(), List.of(),
				Optional.empty(), Optional.empty());
	}

	SyncResult merge(String name, Ref ref, AnyObjectId upstream, SyncOperation operation)
			throws GitOperationException, GitAPIException, IOException {
		requireNoUnfinishedOperation();
		if (contains(upstream)) {
			return upToDate();
		}
		Snapshot snapshot = workspace.snapshotBefore(operation);
		MergeCommand merge = Git.wrap(repository).merge().setStrategy(MergeStrategy.RECURSIVE).setCommit(true)
				.setProgressMonitor(monitor);
		if (ref != null) {
			merge.include(ref);
		} else {
			merge.include(name, upstream);
		}
		MergeResult result;
		try {
			result = merge.call();
		} catch (GitAPIException | RuntimeException e) {
			throw afterSnapshot(e, snapshot);
		}
		switch (result.getMergeStatus()) {
			case FAST_FORWARD, FAST_FORWARD_SQUASHED:
				return done(Status.FAST_FORWARD, List.of(), snapshot);
			case ALREADY_UP_TO_DATE:
				return done(Status.UP_TO_DATE, List.of(), snapshot);
			case MERGED, MERGED_SQUASHED, MERGED_NOT_COMMITTED, MERGED_SQUASHED_NOT_COMMITTED:
				return done(Status.MERGED, List.of(), snapshot);
			case CONFLICTING:
				return conflicts(new TreeSet<>(result.getConflicts().keySet()), snapshot, true);
			case FAILED:
				throw wouldOverwrite(result.getFailingPaths() == null ? Set.of() : result.getFailingPaths().keySet(), snapshot);
			case CHECKOUT_CONFLICT:
				throw wouldOverwrite(result.getCheckoutConflicts() == null ? List.of() : result.getCheckoutConflicts(), snapshot);
			default:
				throw Problems.of(Code.IO, "SpecSync could not " + verb + ": JGit ended the merge with " + result.getMergeStatus() + ".", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"Undo the sync with 'specsync restore " + snapshot.id() + "' if your files look wrong, and report this problem."); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	SyncResult rebase(String name, AnyObjectId upstream, SyncOperation operation)
			throws GitOperationException, GitAPIException, IOException {
		requireNoUnfinishedOperation();
		if (contains(upstream)) {
			return upToDate();
		}
		Snapshot snapshot = workspace.snapshotBefore(operation);
		RebaseCommand rebase = Git.wrap(repository).rebase().setUpstream(upstream).setUpstreamName(name)
				.setStrategy(MergeStrategy.RECURSIVE).setProgressMonitor(monitor);
		RebaseResult result;
		try {
			result = rebase.call();
		} catch (GitAPIException | RuntimeException e) {
			throw afterSnapshot(e, snapshot);
		}
		switch (result.getStatus()) {
			case OK, NOTHING_TO_COMMIT:
				return done(Status.REBASED, List.of(), snapshot);
			case FAST_FORWARD:
				return done(Status.FAST_FORWARD, List.of(), snapshot);
			case UP_TO_DATE:
				return done(Status.UP_TO_DATE, List.of(), snapshot);
			case STOPPED:
				return conflicts(new TreeSet<>(Git.wrap(repository).status().call().getConflicting()), snapshot, false);
			case UNCOMMITTED_CHANGES:
				throw Problems.of(Code.CONFLICT, "SpecSync could not " + verb + " with rebase because you have uncommitted changes in " //$NON-NLS-1$ //$NON-NLS-2$
						+ Problems.paths(result.getUncommittedChanges()) + ". Nothing was changed.", //$NON-NLS-1$
						"Commit your changes first (or set 'git config rebase.autoStash true'), then pull again."); //$NON-NLS-1$
			case CONFLICTS:
				throw wouldOverwrite(result.getConflicts(), snapshot);
			case FAILED:
				throw wouldOverwrite(result.getFailingPaths() == null ? Set.of() : result.getFailingPaths().keySet(), snapshot);
			default:
				throw Problems.of(Code.IO, "SpecSync could not " + verb + ": JGit ended the rebase with " + result.getStatus() + ".", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"Undo the sync with 'specsync undo' if your files look wrong, and report this problem."); //$NON-NLS-1$
		}
	}

	private SyncResult done(Status status, List<String> resolved, Snapshot snapshot) throws IOException {
		return new SyncResult(status, Optional.ofNullable(repository.resolve(Constants.HEAD)), List.of(), resolved,
				Optional.of(snapshot), Optional.empty());
	}

	/**
	 * A failure of JGit's merge or rebase after the snapshot was saved (a full disk while writing the files, a
	 * folder that vanished): the message names the snapshot that holds the state before the operation.
	 */
	private GitOperationException afterSnapshot(Exception error, Snapshot snapshot) {
		GitOperationException classified = LocalFailures.classify(error, verb, workspace.workTree());
		Diagnostic d = classified.diagnostic();
		return new GitOperationException(new Diagnostic(d.code(),
				d.cause() + " Snapshot " + snapshot.id() + " holds your files and branch as they were before the " + verb + ".", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				d.fix() + " If your files look wrong afterwards, 'specsync restore " + snapshot.id() //$NON-NLS-1$
						+ "' brings back the state before the " + verb + "."), //$NON-NLS-1$ //$NON-NLS-2$
				error);
	}

	private GitOperationException wouldOverwrite(java.util.Collection<String> paths, Snapshot snapshot) {
		return Problems.of(Code.CONFLICT, "SpecSync could not " + verb + " because it would overwrite your uncommitted changes to " //$NON-NLS-1$ //$NON-NLS-2$
				+ Problems.paths(paths) + ". Nothing was changed (snapshot " + snapshot.id() + " holds your state).", //$NON-NLS-1$ //$NON-NLS-2$
				"Commit your changes first, then " + verb + " again."); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private SyncResult conflicts(Set<String> conflicting, Snapshot snapshot, boolean merging)
			throws GitOperationException, GitAPIException, IOException {
		List<String> resolved = merging ? applyHooks(conflicting) : List.of();
		List<String> remaining = conflicting.stream().filter(p -> !resolved.contains(p)).toList();
		if (remaining.isEmpty()) {
			String message = repository.readMergeCommitMsg();
			Git.wrap(repository).commit().setMessage(message == null || message.isBlank() ? "Merge" : message).call(); //$NON-NLS-1$
			return done(Status.MERGED, resolved, snapshot);
		}
		Diagnostic diagnostic = new Diagnostic(Code.CONFLICT,
				"The " + verb + " brought changes that conflict with yours in " + Problems.paths(remaining) //$NON-NLS-1$ //$NON-NLS-2$
						+ ". The files now hold both versions between conflict markers and the repository is in Git's " //$NON-NLS-1$
						+ (merging ? "merge" : "rebase") + " state.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"Resolve the conflicts and commit" + (merging ? "" : " ('git rebase --continue')") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ ", or undo the sync ('specsync undo', or 'specsync restore " + snapshot.id() //$NON-NLS-1$
						+ "') to get your files back as they were."); //$NON-NLS-1$
		return new SyncResult(Status.CONFLICTS, Optional.ofNullable(repository.resolve(Constants.HEAD)), remaining, resolved,
				Optional.of(snapshot), Optional.of(diagnostic));
	}

	/** Asks the hooks to resolve conflicting files; returns the paths they resolved (now staged). */
	private List<String> applyHooks(Set<String> conflicting) throws GitAPIException, IOException {
		List<String> resolved = new ArrayList<>();
		if (hooks.isEmpty()) {
			return resolved;
		}
		DirCache index = repository.readDirCache();
		try (ObjectReader reader = repository.newObjectReader()) {
			for (String path : conflicting) {
				Optional<MergeStrategyHook> hook = hooks.stream().filter(h -> handles(h, path)).findFirst();
				if (hook.isEmpty()) {
					continue;
				}
				byte[][] stages = new byte[4][];
				for (int i = index.findEntry(path); i >= 0 && i < index.getEntryCount(); i++) {
					DirCacheEntry entry = index.getEntry(i);
					if (!entry.getPathString().equals(path)) {
						break;
					}
					stages[entry.getStage()] = reader.open(entry.getObjectId(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
				}
				MergeStrategyHook.Conflict conflict = new MergeStrategyHook.Conflict(path, orEmpty(stages[1]), orEmpty(stages[2]),
						orEmpty(stages[3]), stages[1] != null, stages[2] != null, stages[3] != null);
				Optional<byte[]> merged;
				try {
					merged = hook.get().resolve(conflict);
				} catch (RuntimeException e) {
					merged = Optional.empty();
				}
				if (merged.isPresent()) {
					Path file = repository.getWorkTree().toPath().resolve(path);
					Path temporary = file.resolveSibling("." + file.getFileName() + ".specsync-merge"); //$NON-NLS-1$ //$NON-NLS-2$
					Files.write(temporary, merged.get());
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
					resolved.add(path);
				}
			}
		}
		if (!resolved.isEmpty()) {
			var add = Git.wrap(repository).add();
			resolved.forEach(add::addFilepattern);
			add.call();
		}
		return resolved;
	}

	private static boolean handles(MergeStrategyHook hook, String path) {
		try {
			return hook.handles(path);
		} catch (RuntimeException e) {
			return false;
		}
	}

	private static byte[] orEmpty(byte[] bytes) {
		return bytes == null ? new byte[0] : bytes;
	}
}
