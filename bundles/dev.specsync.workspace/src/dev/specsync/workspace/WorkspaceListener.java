package dev.specsync.workspace;

import org.osgi.annotation.versioning.ConsumerType;

/** Told about changes made to a workspace's files outside SpecSync. */
@ConsumerType
@FunctionalInterface
public interface WorkspaceListener {

	/**
	 * Called once per batch of changes (changes that arrive close together are reported together), on the
	 * workspace's watcher thread. Implementations hand UI work to the UI thread and return quickly.
	 *
	 * @param change what changed, never null and never empty
	 */
	void changed(WorkspaceChange change);
}
