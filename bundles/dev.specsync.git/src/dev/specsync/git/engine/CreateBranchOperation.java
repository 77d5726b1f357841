package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates a local branch at any ref (see {@link GitWorkspace#createBranch(String, String)}); does not switch.
 */
@ProviderType
public interface CreateBranchOperation extends GitOperation<BranchInfo> {
	/**
	 * Sets the new branch's upstream when the start point is a remote-tracking branch; the default is
	 * {@code true}.
	 *
	 * @param track whether to track the start point
	 * @return this operation
	 */
	CreateBranchOperation setTrack(boolean track);
}
