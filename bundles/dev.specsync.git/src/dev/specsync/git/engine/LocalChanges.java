package dev.specsync.git.engine;

/** What a switch does with uncommitted changes. Either way a snapshot holds them first. */
public enum LocalChanges {
	/**
	 * Keep them in the working tree on the new branch, as {@code git switch} does; refused when a changed
	 * file also differs between the branches (the diagnostic lists the files).
	 */
	CARRY,
	/** Refuse to switch while there are uncommitted changes to tracked files. */
	REFUSE
}
