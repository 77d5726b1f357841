package dev.specsync.git.engine;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Lists branches with their upstream and ahead/behind counts (see {@link GitWorkspace#branches()}).
 */
@ProviderType
public interface BranchListOperation extends GitOperation<List<BranchInfo>> {
	/**
	 * Includes remote-tracking branches; the default lists local branches only.
	 *
	 * @param remotes whether to include remote-tracking branches
	 * @return this operation
	 */
	BranchListOperation setIncludeRemotes(boolean remotes);
}
