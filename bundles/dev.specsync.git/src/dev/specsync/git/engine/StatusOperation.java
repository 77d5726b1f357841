package dev.specsync.git.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the status of the working tree against the index and HEAD (see {@link GitWorkspace#status()}).
 * Reads only; takes no snapshot.
 */
@ProviderType
public interface StatusOperation extends GitOperation<WorkspaceStatus> {
}
