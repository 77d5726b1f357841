package dev.specsync.merge;

/** Why two changes could not be merged. */
public enum ConflictKind {
	/** Both sides changed the same value differently. */
	BOTH_MODIFIED,
	/** One side deleted what the other changed. */
	MODIFY_DELETE,
	/** Both sides added the same key or item with different values. */
	ADD_ADD,
	/** A reference that points nowhere after the merge: one side renamed or removed its target, the other refers to it. */
	RENAME_REFERENCE,
	/** The merged text would not parse as JSON or YAML. */
	INVALID_RESULT
}
