package dev.specsync.git.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.Snapshot;

/**
 * Outcome of a pull, merge or reset.
 *
 * @param status what happened
 * @param head the commit HEAD points to afterwards, or empty on an unborn branch
 * @param conflicts paths left with conflicts (sorted, unmodifiable); non-empty exactly when {@code status} is
 *            {@link Status#CONFLICTS}
 * @param resolvedByHook paths whose conflicts a {@link MergeStrategyHook} resolved (sorted, unmodifiable)
 * @param snapshot the snapshot taken before the operation, which {@link GitWorkspace#undoLastSync()} restores;
 *            empty when nothing had to change
 * @param diagnostic what the user should know or do, for {@link Status#CONFLICTS}; empty otherwise
 */
public record SyncResult(Status status, Optional<ObjectId> head, List<String> conflicts, List<String> resolvedByHook,
		Optional<Snapshot> snapshot, Optional<Diagnostic> diagnostic) {

	/** The kinds of outcome. */
	public enum Status {
		/** Nothing to do: the branch already contains the upstream. */
		UP_TO_DATE,
		/** The branch moved forward to the upstream. */
		FAST_FORWARD,
		/** A merge commit was created. */
		MERGED,
		/** Local commits were replayed onto the upstream. */
		REBASED,
		/** The branch was reset. */
		RESET,
		/** Conflicts remain; the repository is in Git's conflict state. */
		CONFLICTS
	}

	/**
	 * Copies the lists and checks the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public SyncResult {
		Objects.requireNonNull(status, "status"); //$NON-NLS-1$
		Objects.requireNonNull(head, "head"); //$NON-NLS-1$
		conflicts = List.copyOf(conflicts);
		resolvedByHook = List.copyOf(resolvedByHook);
		Objects.requireNonNull(snapshot, "snapshot"); //$NON-NLS-1$
		Objects.requireNonNull(diagnostic, "diagnostic"); //$NON-NLS-1$
	}
}
