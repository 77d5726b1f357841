package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Deletes a local branch (see {@link GitWorkspace#deleteBranch(String)}); the result is the full name of the
 * deleted branch. Unmerged branches are refused unless forced.
 */
@ProviderType
public interface DeleteBranchOperation extends GitOperation<String> {
	/**
	 * Deletes even if the branch has commits that no other branch contains; those commits then stay only in
	 * the object store until Git's garbage collection.
	 *
	 * @param force whether to delete unmerged branches
	 * @return this operation
	 */
	DeleteBranchOperation setForce(boolean force);
}
