package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Fetches the upstream of the checked-out branch and merges or rebases (see {@link GitWorkspace#pull()}).
 * Takes a snapshot first. On conflicts the repository is left in Git's ordinary conflict state (conflict
 * markers in files, stages in the index, an unfinished merge or rebase) and the result lists the paths.
 */
@ProviderType
public interface PullOperation extends RemoteOperation<PullOperation, SyncResult> {
	/**
	 * Overrides {@code branch.<name>.rebase} / {@code pull.rebase}.
	 *
	 * @param rebase {@code true} to rebase local commits onto the upstream, {@code false} to merge
	 * @return this operation
	 */
	PullOperation setRebase(boolean rebase);

	/**
	 * Sets the hook consulted for conflicting files of a merge; without this call the hooks registered in
	 * OSGi are consulted.
	 *
	 * @param hook the hook
	 * @return this operation
	 */
	PullOperation setMergeStrategyHook(MergeStrategyHook hook);
}
