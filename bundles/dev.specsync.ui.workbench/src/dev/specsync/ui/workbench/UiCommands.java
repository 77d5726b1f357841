package dev.specsync.ui.workbench;

/**
 * Ids of the commands that UI bundles execute without knowing which bundle handles them. The commands are
 * defined in the application model; their handlers come from the bundle that owns the feature.
 */
public final class UiCommands {

	/** Opens a file of the workspace in an editor, optionally at a line. */
	public static final String OPEN_FILE = "dev.specsync.ui.command.openFile"; //$NON-NLS-1$

	/** Parameter of {@link #OPEN_FILE}: the file's absolute path. */
	public static final String OPEN_FILE_PATH = "dev.specsync.ui.command.openFile.path"; //$NON-NLS-1$

	/** Optional parameter of {@link #OPEN_FILE}: the 1-based line to show and select. */
	public static final String OPEN_FILE_LINE = "dev.specsync.ui.command.openFile.line"; //$NON-NLS-1$

	/**
	 * Opens the compare and resolve view on the open workspace's unfinished merge (after a pull or merge that left
	 * conflicts): every conflicting file, ours against theirs. Handled by the compare bundle; callers check
	 * {@code canExecute} and tell the user when no handler is installed.
	 */
	public static final String RESOLVE_CONFLICTS = "dev.specsync.ui.command.resolveConflicts"; //$NON-NLS-1$

	/** Saves the active part (the standard command id, so the usual key binding applies). */
	public static final String SAVE = "org.eclipse.ui.file.save"; //$NON-NLS-1$

	private UiCommands() {
	}
}
