package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Records the staged changes as a new commit on the checked-out branch (see
 * {@link GitWorkspace#commit(String, Author)}). A blank message, nothing staged, or an unresolved conflict is
 * refused with {@link dev.specsync.git.Diagnostic.Code#INVALID_INPUT}.
 */
@ProviderType
public interface CommitOperation extends GitOperation<CommitResult> {
	/**
	 * Stages every change to tracked files (modified and deleted) before committing, like {@code git commit -a}.
	 *
	 * @param all whether to stage tracked changes first
	 * @return this operation
	 */
	CommitOperation setAll(boolean all);
}
