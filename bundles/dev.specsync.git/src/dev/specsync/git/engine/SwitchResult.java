package dev.specsync.git.engine;

import java.util.Objects;

import dev.specsync.git.Snapshot;

/**
 * Outcome of a switch.
 *
 * @param branch the full name of the branch now checked out
 * @param snapshot the snapshot taken before switching, which {@link GitWorkspace#undoLastSync()} restores
 * @param carriedChanges whether uncommitted changes were carried over to the new branch
 */
public record SwitchResult(String branch, Snapshot snapshot, boolean carriedChanges) {

	/**
	 * Checks the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public SwitchResult {
		Objects.requireNonNull(branch, "branch"); //$NON-NLS-1$
		Objects.requireNonNull(snapshot, "snapshot"); //$NON-NLS-1$
	}
}
