package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Moves the checked-out branch (see {@link GitWorkspace#reset(String, ResetMode)}); takes a snapshot first.
 */
@ProviderType
public interface ResetOperation extends GitOperation<SyncResult> {
}
