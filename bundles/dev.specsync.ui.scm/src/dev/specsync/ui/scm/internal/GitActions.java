package dev.specsync.ui.scm.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.osgi.util.NLS;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.RestoreMode;
import dev.specsync.git.RestoreResult;
import dev.specsync.git.Snapshot;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.BranchInfo;
import dev.specsync.git.engine.CommitResult;
import dev.specsync.git.engine.FetchResult;
import dev.specsync.git.engine.ForceWithLease;
import dev.specsync.git.engine.GitProgress;
import dev.specsync.git.engine.PushOperation;
import dev.specsync.git.engine.PushResult;
import dev.specsync.git.engine.SwitchResult;
import dev.specsync.git.engine.SyncResult;
import dev.specsync.ui.scm.internal.OperationLog.Entry;
import dev.specsync.ui.scm.internal.OperationLog.Outcome;

/**
 * The Git operations of the Source Control part, each run through the engine and recorded in the operation log
 * with what happened and what the server said; a failure is an entry naming cause and fix, never an exception.
 * No SWT: call from a job, never from the UI thread.
 */
public final class GitActions {

	private final GitSession session;
	private final OperationLog log;

	/**
	 * Creates the actions.
	 *
	 * @param session the repository
	 * @param log where every operation is recorded
	 */
	public GitActions(GitSession session, OperationLog log) {
		this.session = Objects.requireNonNull(session);
		this.log = Objects.requireNonNull(log);
	}

	/** @return the session the actions run on */
	public GitSession session() {
		return session;
	}

	/** @return the log the actions write */
	public OperationLog log() {
		return log;
	}

	/**
	 * Commits files as they are in the working tree.
	 *
	 * @param message the message; blank is refused
	 * @param author the author and committer
	 * @param paths the files to commit (new, changed and deleted ones)
	 * @return the log entry
	 */
	public Entry commit(String message, Author author, Collection<String> paths) {
		String name = Messages.Op_commit;
		if (paths.isEmpty()) {
			return failed(name, Messages.Scm_nothingChosen, List.of(Messages.Scm_nothingChosenFix));
		}
		try {
			CommitResult result = session.with(ws -> ws.commit(message, author).setPaths(paths).call());
			String subject = message.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
			return done(name, NLS.bind(Messages.Scm_committed, new Object[] { result.id().abbreviate(7).name(),
					Repository.shortenRefName(result.branch()), subject }), List.of());
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	/**
	 * Fetches from the remote.
	 *
	 * @param progress progress and cancellation
	 * @return the log entry
	 */
	public Entry fetch(GitProgress progress) {
		String name = Messages.Op_fetch;
		try {
			FetchResult result = session.with(ws -> ws.fetch().setProgress(progress).call());
			String summary = result.updatedRefs().isEmpty() ? Messages.Scm_fetchedNothing
					: NLS.bind(Messages.Scm_fetched, result.updatedRefs().stream().map(Repository::shortenRefName).toList()
							.toString().replaceAll("^\\[|\\]$", "")); //$NON-NLS-1$ //$NON-NLS-2$
			return done(name, summary, server(result.serverMessages()));
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	/**
	 * Pulls the upstream into the checked-out branch; a snapshot is taken first.
	 *
	 * @param progress progress and cancellation
	 * @return the log entry; {@link Outcome#ATTENTION} when files conflict
	 */
	public Entry pull(GitProgress progress) {
		String name = Messages.Op_pull;
		try {
			SyncResult result = session.with(ws -> ws.pull().setProgress(progress).call());
			String head = result.head().map(id -> id.abbreviate(7).name()).orElse("-"); //$NON-NLS-1$
			return switch (result.status()) {
			case UP_TO_DATE -> done(name, Messages.Scm_pullUpToDate, List.of());
			case FAST_FORWARD -> done(name, NLS.bind(Messages.Scm_pullFastForward, head), undoHint(result));
			case MERGED, REBASED, RESET -> done(name, NLS.bind(Messages.Scm_pullMerged, head), mergedDetails(result));
			case CONFLICTS -> {
				List<String> details = new ArrayList<>();
				result.diagnostic().ifPresent(d -> details.add(d.fix()));
				result.conflicts().forEach(path -> details.add(NLS.bind(Messages.Scm_conflictFile, path)));
				details.addAll(undoHint(result));
				yield log.add(new Entry(Instant.now(), name, Outcome.ATTENTION,
						NLS.bind(Messages.Scm_pullConflicts, result.conflicts().size()), details));
			}
			};
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	private static List<String> mergedDetails(SyncResult result) {
		List<String> details = new ArrayList<>();
		result.resolvedByHook().forEach(path -> details.add(NLS.bind(Messages.Scm_mergedByStructure, path)));
		details.addAll(undoHint(result));
		return details;
	}

	private static List<String> undoHint(SyncResult result) {
		return result.snapshot().isPresent() ? List.of(Messages.Scm_undoHint) : List.of();
	}

	/**
	 * Pushes the checked-out branch to its upstream.
	 *
	 * @param progress progress and cancellation
	 * @param lease the user's confirmation to overwrite the remote branch, or empty for an ordinary push
	 * @return the log entry; {@link Outcome#ATTENTION} when the server refused an update, with its reason
	 */
	public Entry push(GitProgress progress, Optional<ForceWithLease> lease) {
		String name = lease.isPresent() ? Messages.Op_forcePush : Messages.Op_push;
		try {
			PushResult result = session.with(ws -> {
				PushOperation push = ws.push().setProgress(progress);
				lease.ifPresent(push::setForceWithLease);
				return push.call();
			});
			List<String> details = new ArrayList<>();
			if (result.accepted()) {
				boolean upToDate = result.updates().stream().allMatch(u -> u.status() == PushResult.Status.UP_TO_DATE);
				String refs = String.join(", ", result.updates().stream().map(u -> Repository.shortenRefName(u.remoteRef())).toList()); //$NON-NLS-1$
				result.snapshot().ifPresent(s -> details.add(NLS.bind(Messages.Scm_forceSnapshot, s.id())));
				details.addAll(server(result.serverMessages()));
				return done(name, NLS.bind(upToDate ? Messages.Scm_pushUpToDate : Messages.Scm_pushed, refs), details);
			}
			String cause = Messages.Scm_pushRejectedUnknown;
			for (PushResult.RefUpdate update : result.updates()) {
				if (update.diagnostic().isPresent()) {
					Diagnostic d = update.diagnostic().get();
					if (cause == Messages.Scm_pushRejectedUnknown) {
						cause = d.cause();
					} else {
						details.add(d.cause());
					}
					details.add(d.fix());
				}
			}
			details.addAll(server(result.serverMessages()));
			return log.add(new Entry(Instant.now(), name, Outcome.ATTENTION, NLS.bind(Messages.Scm_pushRejected, cause), details));
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	/**
	 * Lists local and remote-tracking branches.
	 *
	 * @return the branches, local ones first
	 * @throws GitOperationException from the engine
	 * @throws IOException from JGit
	 */
	public List<BranchInfo> branches() throws GitOperationException, IOException {
		return session.with(ws -> ws.branches().setIncludeRemotes(true).call());
	}

	/**
	 * Switches to a branch, carrying uncommitted changes over (the engine refuses when a changed file also
	 * differs between the branches); a snapshot is taken first.
	 *
	 * @param branch a local branch, or a remote one's short name without the remote
	 * @return the log entry
	 */
	public Entry switchTo(String branch) {
		String name = Messages.Op_switch;
		try {
			SwitchResult result = session.with(ws -> ws.switchBranch(branch).call());
			String target = Repository.shortenRefName(result.branch());
			return done(name, NLS.bind(result.carriedChanges() ? Messages.Scm_switchedCarried : Messages.Scm_switched, target),
					List.of(Messages.Scm_switchUndoHint));
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	/**
	 * Creates a local branch at any ref, tracking it when it is a remote branch, and optionally switches to it.
	 *
	 * @param branch the new branch's name
	 * @param startPoint the ref or commit it starts at
	 * @param switchTo whether to switch to it afterwards
	 * @return the log entry of the last step
	 */
	public Entry createBranch(String branch, String startPoint, boolean switchTo) {
		String name = Messages.Op_createBranch;
		try {
			BranchInfo created = session.with(ws -> ws.createBranch(branch, startPoint).call());
			Entry entry = done(name, NLS.bind(Messages.Scm_branchCreated, new Object[] { created.name(), startPoint,
					created.upstream().map(u -> NLS.bind(Messages.Scm_tracking, u)).orElse("") }), List.of()); //$NON-NLS-1$
			return switchTo ? switchTo(created.name()) : entry;
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	/**
	 * Creates a local branch that tracks a remote-tracking branch, named like the remote one.
	 *
	 * @param remoteBranch the remote-tracking branch, for example {@code origin/feature}
	 * @return the log entry
	 */
	public Entry track(String remoteBranch) {
		int slash = remoteBranch.indexOf('/');
		String local = slash < 0 ? remoteBranch : remoteBranch.substring(slash + 1);
		return createBranch(local, remoteBranch, false);
	}

	/**
	 * Deletes a local branch.
	 *
	 * @param branch the branch
	 * @param force whether to delete it even if its commits are on no other branch
	 * @return the log entry
	 */
	public Entry deleteBranch(String branch, boolean force) {
		String name = Messages.Op_deleteBranch;
		try {
			session.with(ws -> ws.deleteBranch(branch).setForce(force).call());
			return done(name, NLS.bind(Messages.Scm_branchDeleted, branch), List.of());
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	/**
	 * Restores the snapshot taken before the last pull, merge, switch, reset or force push, with HEAD and branch.
	 *
	 * @return the log entry
	 */
	public Entry undoLastSync() {
		String name = Messages.Op_undo;
		try {
			Optional<RestoreResult> result = session.with(ws -> ws.undoLastSync());
			if (result.isEmpty()) {
				return log.add(new Entry(Instant.now(), name, Outcome.ATTENTION, Messages.Scm_nothingToUndo, List.of()));
			}
			return restored(name, result.get());
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	/**
	 * Lists the snapshots, newest first.
	 *
	 * @return the snapshots
	 * @throws GitOperationException from the engine
	 * @throws IOException from JGit
	 */
	public List<Snapshot> snapshots() throws GitOperationException, IOException {
		return session.with(ws -> ws.snapshots().list());
	}

	/**
	 * Restores one snapshot: files, index, HEAD and branch; the state before is saved first.
	 *
	 * @param snapshot the snapshot
	 * @return the log entry
	 */
	public Entry restore(Snapshot snapshot) {
		String name = Messages.Op_restore;
		try {
			return restored(name, session.with(ws -> ws.snapshots().restore(snapshot, RestoreMode.FILES_INDEX_AND_BRANCH)));
		} catch (GitOperationException e) {
			return failed(name, e.diagnostic());
		} catch (IOException | RuntimeException e) {
			return failed(name, e);
		}
	}

	private Entry restored(String name, RestoreResult result) {
		return done(name, NLS.bind(Messages.Scm_restored, GitSession.describe(result.restored())),
				List.of(NLS.bind(Messages.Scm_restoreSafety, result.safety().id())));
	}

	private static List<String> server(List<String> messages) {
		return messages.stream().map(m -> NLS.bind(Messages.Scm_serverSaid, m)).toList();
	}

	private Entry done(String name, String summary, List<String> details) {
		return log.add(new Entry(Instant.now(), name, Outcome.DONE, summary, details));
	}

	private Entry failed(String name, String summary, List<String> details) {
		return log.add(new Entry(Instant.now(), name, Outcome.FAILED, summary, details));
	}

	private Entry failed(String name, Diagnostic diagnostic) {
		Outcome outcome = diagnostic.code() == Diagnostic.Code.CANCELLED ? Outcome.CANCELLED : Outcome.FAILED;
		return log.add(new Entry(Instant.now(), name, outcome, diagnostic.cause(), List.of(diagnostic.fix())));
	}

	private Entry failed(String name, Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return failed(name, NLS.bind(Messages.Scm_unexpected, message), List.of(Messages.Scm_unexpectedFix));
	}
}
