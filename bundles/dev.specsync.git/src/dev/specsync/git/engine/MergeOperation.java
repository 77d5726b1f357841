package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Merges a ref into the checked-out branch (see {@link GitWorkspace#merge(String)}); takes a snapshot first.
 * Conflicts are left as for {@link PullOperation}.
 */
@ProviderType
public interface MergeOperation extends GitOperation<SyncResult> {
	/**
	 * Sets the hook consulted for conflicting files; without this call the hooks registered in OSGi are
	 * consulted.
	 *
	 * @param hook the hook
	 * @return this operation
	 */
	MergeOperation setMergeStrategyHook(MergeStrategyHook hook);
}
