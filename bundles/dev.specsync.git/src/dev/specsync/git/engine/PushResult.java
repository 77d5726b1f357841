package dev.specsync.git.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.Snapshot;

/**
 * Outcome of a push: one entry per remote ref, and what the server said.
 *
 * @param updates the remote refs the push tried to update; unmodifiable
 * @param serverMessages text the server sent for the user, such as a hook's explanation; unmodifiable
 * @param snapshot the snapshot taken before a force push; empty for an ordinary push
 */
public record PushResult(List<RefUpdate> updates, List<String> serverMessages, Optional<Snapshot> snapshot) {

	/** Copies the lists. */
	public PushResult {
		updates = List.copyOf(updates);
		serverMessages = List.copyOf(serverMessages);
		Objects.requireNonNull(snapshot, "snapshot"); //$NON-NLS-1$
	}

	/**
	 * Whether the server accepted every update.
	 *
	 * @return {@code true} if every update is {@link Status#OK} or {@link Status#UP_TO_DATE}
	 */
	public boolean accepted() {
		return updates.stream().allMatch(u -> u.status() == Status.OK || u.status() == Status.UP_TO_DATE);
	}

	/** How one remote ref fared. */
	public enum Status {
		/** Updated. */
		OK,
		/** The remote already had this commit. */
		UP_TO_DATE,
		/** Refused because the remote has commits the local branch lacks; pull first. */
		REJECTED_NON_FAST_FORWARD,
		/** Force-with-lease refused: the remote branch no longer points to the expected commit. */
		REJECTED_STALE_LEASE,
		/** The server refused it (a hook, branch protection, permissions); see the message. */
		REJECTED_BY_SERVER
	}

	/**
	 * One remote ref's update.
	 *
	 * @param remoteRef the full name on the remote, for example {@code refs/heads/main}
	 * @param status what happened
	 * @param newId the commit pushed
	 * @param diagnostic why it was refused and what to do; empty when accepted
	 */
	public record RefUpdate(String remoteRef, Status status, ObjectId newId, Optional<Diagnostic> diagnostic) {

		/**
		 * Checks the components.
		 *
		 * @throws NullPointerException if a component is {@code null}
		 */
		public RefUpdate {
			Objects.requireNonNull(remoteRef, "remoteRef"); //$NON-NLS-1$
			Objects.requireNonNull(status, "status"); //$NON-NLS-1$
			newId = Objects.requireNonNull(newId, "newId").copy(); //$NON-NLS-1$
			Objects.requireNonNull(diagnostic, "diagnostic"); //$NON-NLS-1$
		}
	}
}
