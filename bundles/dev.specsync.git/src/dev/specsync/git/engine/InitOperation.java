package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates an empty repository (see {@link GitService#init(java.nio.file.Path)}).
 */
@ProviderType
public interface InitOperation extends GitOperation<GitWorkspace> {
	/**
	 * Sets the name of the initial branch; the default is {@code main}.
	 *
	 * @param branch the short branch name
	 * @return this operation
	 */
	InitOperation setInitialBranch(String branch);
}
