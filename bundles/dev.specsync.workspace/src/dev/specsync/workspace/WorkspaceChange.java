package dev.specsync.workspace;

import java.nio.file.Path;
import java.util.Set;

/**
 * One batch of changes made outside SpecSync. Paths are relative to the workspace root.
 *
 * @param changed files created, modified or deleted, that no editor holds with unsaved edits; never null
 * @param conflicts files changed on disk while an editor holds unsaved edits of them; never null. Nothing
 *        was overwritten: the editor decides (keep mine, take the file's, compare)
 * @param manifestChanged whether {@code specsync.yaml} changed (and {@link Workspace#manifest()} was re-read)
 * @param rescanned whether events were lost (the system's queue overflowed) so that any file may have
 *        changed; consumers then refresh everything they show
 */
public record WorkspaceChange(Set<Path> changed, Set<Path> conflicts, boolean manifestChanged, boolean rescanned) {

	/**
	 * Copies the sets.
	 *
	 * @param changed the changed files
	 * @param conflicts the conflicting files
	 * @param manifestChanged whether the manifest changed
	 * @param rescanned whether events were lost
	 */
	public WorkspaceChange {
		changed = Set.copyOf(changed);
		conflicts = Set.copyOf(conflicts);
	}
}
