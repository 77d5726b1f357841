package dev.specsync.ui.scm.internal;

import java.util.Objects;

/**
 * A file that differs from HEAD, as the Source Control part lists it.
 *
 * @param path the path relative to the working tree, {@code /} separated
 * @param kind how it differs
 */
public record ChangedFile(String path, Kind kind) {

	/** How a file differs from HEAD. */
	public enum Kind {
		/** Changed content. */
		MODIFIED,
		/** New and staged. */
		ADDED,
		/** Gone from the working tree. */
		DELETED,
		/** New and not yet known to Git. */
		UNTRACKED,
		/** Left with conflict markers by a pull or merge. */
		CONFLICTING;

		/**
		 * The one-letter mark shown beside the path, as {@code git status --short} prints it.
		 *
		 * @return the mark
		 */
		public String mark() {
			return switch (this) {
			case MODIFIED -> "M"; //$NON-NLS-1$
			case ADDED -> "A"; //$NON-NLS-1$
			case DELETED -> "D"; //$NON-NLS-1$
			case UNTRACKED -> "U"; //$NON-NLS-1$
			case CONFLICTING -> "!"; //$NON-NLS-1$
			};
		}
	}

	/**
	 * Checks the components.
	 *
	 * @param path the path
	 * @param kind the kind
	 */
	public ChangedFile {
		Objects.requireNonNull(path, "path"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
	}
}
