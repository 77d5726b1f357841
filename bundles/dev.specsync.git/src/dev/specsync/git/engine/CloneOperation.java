package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Clones a remote repository (see {@link GitService#cloneRepository(String, java.nio.file.Path)}).
 * A failed or cancelled clone removes the folder it created.
 */
@ProviderType
public interface CloneOperation extends RemoteOperation<CloneOperation, GitWorkspace> {
	/**
	 * Sets the branch to check out; the default is the remote's default branch.
	 *
	 * @param branch the short branch name
	 * @return this operation
	 */
	CloneOperation setBranch(String branch);
}
