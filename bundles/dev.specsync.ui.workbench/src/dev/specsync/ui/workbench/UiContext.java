package dev.specsync.ui.workbench;

/**
 * Names of what the workbench puts in the application's {@code IEclipseContext}, for parts to inject.
 * <ul>
 * <li>{@code dev.specsync.workspace.Workspace} (by class): the open workspace, once it is open; absent
 * before, and when none was given or it could not be opened;</li>
 * <li>{@link Problems} (by class): always present;</li>
 * <li>{@link #WORKSPACE_FOLDER} and {@link #WORKSPACE_ERROR}: what is being opened and why it failed.</li>
 * </ul>
 */
public final class UiContext {

	/** A {@code java.nio.file.Path}: the workspace folder the workbench was started on, if any. */
	public static final String WORKSPACE_FOLDER = "dev.specsync.ui.workspace.folder"; //$NON-NLS-1$

	/** A {@code String}: why the workspace could not be opened (cause and what to do), if it could not. */
	public static final String WORKSPACE_ERROR = "dev.specsync.ui.workspace.error"; //$NON-NLS-1$

	/**
	 * The event topic posted (with {@code IEventBroker.post}) after an operation of SpecSync changed the workspace's
	 * repository: a commit, merge, pull, push, fetch, branch switch or restore. Files in {@code .git} are not
	 * watched, so parts that show Git state (branch, ahead/behind, changed files) listen to it and refresh. The
	 * event's data is the workspace's folder, a {@code java.nio.file.Path}.
	 */
	public static final String TOPIC_REPOSITORY_CHANGED = "dev/specsync/ui/repository/changed"; //$NON-NLS-1$

	/** The part descriptor id of the definition editor. */
	public static final String EDITOR_DESCRIPTOR = "dev.specsync.ui.partdescriptor.definitionEditor"; //$NON-NLS-1$

	/**
	 * The key, in an editor part's persisted state, of the absolute path of the file it edits. With
	 * {@code MPart.isDirty()} it tells other parts which files have unsaved edits (the Explorer does not rename or
	 * delete those).
	 */
	public static final String EDITOR_FILE = "specsync.file"; //$NON-NLS-1$

	/** The element id of the stack editors open in. */
	public static final String EDITOR_STACK = "dev.specsync.ui.partstack.editors"; //$NON-NLS-1$

	private UiContext() {
	}
}
