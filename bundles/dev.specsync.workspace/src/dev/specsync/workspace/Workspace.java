package dev.specsync.workspace;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.document.Diagnostic;

/**
 * An open workspace: its manifest, and the changes made to its files outside SpecSync. Files changed on
 * disk are reported to listeners; a file that an editor holds with unsaved edits (see
 * {@link #setUnsavedEdits(Path, boolean)}) is reported as a conflict instead, so the editor keeps the
 * user's edits and asks what to do. The workspace never writes a file because of a change on disk.
 * <p>
 * Thread-safe. Listeners are called on the workspace's watcher thread, never while a lock is held.
 */
@ProviderType
public interface Workspace extends AutoCloseable {

	/**
	 * The working tree's root folder.
	 *
	 * @return the absolute, normalized root, never null
	 */
	Path root();

	/**
	 * The workspace manifest as last read: from {@code specsync.yaml}, or proposed from the layouts found
	 * when there is none. Re-read when the file changes on disk.
	 *
	 * @return the manifest, never null
	 */
	WorkspaceManifest manifest();

	/**
	 * Whether the manifest comes from a {@code specsync.yaml} in the tree (rather than being proposed).
	 *
	 * @return true when the repository has a manifest file
	 */
	boolean hasManifestFile();

	/**
	 * Problems found when the manifest was last read (warnings such as unknown keys, or why a changed
	 * manifest could not be used, in which case {@link #manifest()} keeps the previous one).
	 *
	 * @return the diagnostics, never null
	 */
	List<Diagnostic> diagnostics();

	/**
	 * Records whether an editor holds unsaved edits of a file. While it does, a change of that file on disk
	 * is reported in {@link WorkspaceChange#conflicts()} rather than {@link WorkspaceChange#changed()}.
	 *
	 * @param file a file of the workspace (absolute, or relative to the root)
	 * @param unsaved true while the editor's buffer differs from the file
	 */
	void setUnsavedEdits(Path file, boolean unsaved);

	/**
	 * Adds a listener for changes made outside SpecSync. Adding a listener twice has no effect.
	 *
	 * @param listener the listener, never null
	 */
	void addListener(WorkspaceListener listener);

	/**
	 * Removes a listener; it gets no calls that start after this returns.
	 *
	 * @param listener the listener to remove
	 */
	void removeListener(WorkspaceListener listener);

	/** Stops watching the tree. Idempotent; the workspace's accessors keep working. */
	@Override
	void close();
}
