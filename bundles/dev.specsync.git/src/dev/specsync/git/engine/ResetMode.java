package dev.specsync.git.engine;

/** What a reset does besides moving the branch. */
public enum ResetMode {
	/** Keep index and files. */
	SOFT,
	/** Reset the index, keep files. */
	MIXED,
	/** Reset index and tracked files (the snapshot taken first keeps the old content). */
	HARD
}
