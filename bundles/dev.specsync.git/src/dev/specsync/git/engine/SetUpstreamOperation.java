package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sets which remote branch a local branch tracks (see {@link GitWorkspace#setUpstream(String, String)}).
 */
@ProviderType
public interface SetUpstreamOperation extends GitOperation<BranchInfo> {
}
