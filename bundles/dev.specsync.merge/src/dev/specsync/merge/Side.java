package dev.specsync.merge;

/** One of the three versions of a merge. */
public enum Side {
	/** The common ancestor. */
	BASE,
	/** Our version: the branch being merged into, whose formatting the result keeps. */
	OURS,
	/** Their version: the branch being merged. */
	THEIRS
}
