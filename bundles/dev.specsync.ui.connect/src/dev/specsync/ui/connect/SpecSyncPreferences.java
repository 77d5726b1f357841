package dev.specsync.ui.connect;

/**
 * Keys of the user preferences the Preferences dialog edits, kept in the instance scope node {@link #NODE}
 * ({@code InstanceScope.INSTANCE.getNode(NODE)}). Absent keys mean "use the default" named on each key.
 */
public final class SpecSyncPreferences {

	/** The preference node. */
	public static final String NODE = "dev.specsync.ui"; //$NON-NLS-1$

	/** The author name of commits; default: {@code user.name} of the Git configuration. */
	public static final String AUTHOR_NAME = "author.name"; //$NON-NLS-1$

	/** The author e-mail of commits; default: {@code user.email} of the Git configuration. */
	public static final String AUTHOR_EMAIL = "author.email"; //$NON-NLS-1$

	/**
	 * The schema directory a new connection proposes, with {@code {api}} standing for the API's id; default
	 * {@link #DEFAULT_SCHEMA_DIRECTORY}.
	 */
	public static final String SCHEMA_DIRECTORY = "directories.schemas"; //$NON-NLS-1$

	/** The collection directory a new connection proposes; default {@link #DEFAULT_COLLECTION_DIRECTORY}. */
	public static final String COLLECTION_DIRECTORY = "directories.collections"; //$NON-NLS-1$

	/** The schema directory used when the user set none. */
	public static final String DEFAULT_SCHEMA_DIRECTORY = "specs/{api}"; //$NON-NLS-1$

	/** The collection directory used when the user set none. */
	public static final String DEFAULT_COLLECTION_DIRECTORY = "collections"; //$NON-NLS-1$

	private SpecSyncPreferences() {
	}
}
