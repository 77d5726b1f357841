package dev.specsync.git.engine;

import java.util.Objects;

import org.eclipse.jgit.lib.ObjectId;

/**
 * The user's explicit confirmation to overwrite a remote branch, valid only while the remote branch still
 * points to {@code expectedRemoteId} (what the user saw when confirming). Without this object no push
 * overwrites anything.
 *
 * @param remoteBranch the remote branch's short name, for example {@code main}
 * @param expectedRemoteId the commit the remote branch must still point to
 */
public record ForceWithLease(String remoteBranch, ObjectId expectedRemoteId) {

	/**
	 * Copies the id.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 * @throws IllegalArgumentException if {@code remoteBranch} is blank
	 */
	public ForceWithLease {
		Objects.requireNonNull(remoteBranch, "remoteBranch"); //$NON-NLS-1$
		if (remoteBranch.isBlank()) {
			throw new IllegalArgumentException("remoteBranch must not be blank"); //$NON-NLS-1$
		}
		expectedRemoteId = Objects.requireNonNull(expectedRemoteId, "expectedRemoteId").copy(); //$NON-NLS-1$
	}
}
