package dev.specsync.diff;

/** What happened to the element a {@link Change} is about. */
public enum ChangeKind {
	/** It exists only in the new version. */
	ADDED,
	/** It exists only in the old version. */
	REMOVED,
	/** It exists in both versions with a different meaning. */
	CHANGED
}
