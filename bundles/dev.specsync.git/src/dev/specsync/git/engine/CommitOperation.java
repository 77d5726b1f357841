package dev.specsync.git.engine;

import java.util.Collection;

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

	/**
	 * Commits exactly these files as they are in the working tree, whatever is staged: modified and untracked
	 * files are added, deleted ones removed; other staged changes stay staged and are not committed. Replaces
	 * {@link #setAll(boolean)} when not empty.
	 *
	 * @param paths paths relative to the working tree with {@code /} separators; an empty collection (the
	 *            default) commits what is staged
	 * @return this operation
	 */
	CommitOperation setPaths(Collection<String> paths);
}
