package dev.specsync.git.engine;

import java.util.Objects;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A new commit.
 *
 * @param id the commit id
 * @param branch the full name of the branch it was committed to, for example {@code refs/heads/main}
 */
public record CommitResult(ObjectId id, String branch) {

	/**
	 * Copies the id.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public CommitResult {
		id = Objects.requireNonNull(id, "id").copy(); //$NON-NLS-1$
		Objects.requireNonNull(branch, "branch"); //$NON-NLS-1$
	}
}
