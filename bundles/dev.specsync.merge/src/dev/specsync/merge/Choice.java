package dev.specsync.merge;

/** How a conflict can be resolved; {@link Conflict#choices()} says which apply. */
public enum Choice {
	/** Keep our value (or our deletion). */
	OURS,
	/** Take their value (or their deletion). */
	THEIRS,
	/** Keep both: our items then their additional ones (enum values, tags, examples). */
	BOTH,
	/** A value given by the user. */
	CUSTOM
}
