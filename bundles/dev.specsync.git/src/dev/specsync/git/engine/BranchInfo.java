package dev.specsync.git.engine;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A local or remote-tracking branch.
 *
 * @param name the short name, for example {@code main} or {@code origin/main}
 * @param fullName the full ref name, for example {@code refs/heads/main}
 * @param remote whether this is a remote-tracking branch
 * @param current whether it is checked out
 * @param tip the commit it points to
 * @param upstream for a local branch, the short name of the branch it tracks, for example {@code origin/main}
 * @param ahead commits on this branch not on its upstream ({@code 0} without upstream)
 * @param behind commits on the upstream not on this branch ({@code 0} without upstream)
 */
public record BranchInfo(String name, String fullName, boolean remote, boolean current, ObjectId tip,
		Optional<String> upstream, int ahead, int behind) {

	/**
	 * Copies the id.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public BranchInfo {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(fullName, "fullName"); //$NON-NLS-1$
		tip = Objects.requireNonNull(tip, "tip").copy(); //$NON-NLS-1$
		Objects.requireNonNull(upstream, "upstream"); //$NON-NLS-1$
	}
}
