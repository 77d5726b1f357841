package dev.specsync.git;

/** What {@link SnapshotService#restore(Snapshot, RestoreMode)} puts back besides working tree and index. */
public enum RestoreMode {
	/**
	 * Restore working tree files, the index (including conflict stages) and an in-progress merge
	 * state; leave HEAD and all branches where they are now. The default.
	 */
	FILES_AND_INDEX,
	/**
	 * Like {@link #FILES_AND_INDEX}, and additionally move the branch that was checked out at
	 * snapshot time back to the commit it pointed to and check it out again (or detach HEAD at the
	 * recorded commit if HEAD was detached). Branch tips that this moves away from are kept alive
	 * by the safety snapshot taken before restoring.
	 */
	FILES_INDEX_AND_BRANCH
}
