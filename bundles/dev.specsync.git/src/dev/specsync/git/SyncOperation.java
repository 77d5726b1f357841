package dev.specsync.git;

import java.util.Locale;
import java.util.Optional;

/** Repository-changing operations that are preceded by a snapshot and can be undone with {@link SnapshotService#undoLast()}. */
public enum SyncOperation {
	/** Fetch and merge or rebase the upstream branch. */
	PULL,
	/** Fetch from a remote; changes remote-tracking branches only. */
	FETCH,
	/** Switch branches or check out paths. */
	CHECKOUT,
	/** Move the branch and possibly discard index and working tree changes. */
	RESET,
	/** Merge another branch into the checked-out one. */
	MERGE,
	/** Replay the checked-out branch onto another commit. */
	REBASE,
	/** Commit the inverse of an earlier commit. */
	REVERT,
	/** Apply an existing commit onto the checked-out branch. */
	CHERRY_PICK,
	/** Push that overwrites the remote branch. */
	FORCE_PUSH,
	/** Stash (or apply a stash of) local changes. */
	STASH;

	/**
	 * The stable name of the operation in snapshot metadata; never changes for a constant.
	 *
	 * @return the lower-case token stored in snapshot metadata, e.g. {@code "force-push"}
	 */
	public String token() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The reason a snapshot before this operation carries.
	 *
	 * @return the default reason text, e.g. {@code "before pull"}
	 */
	public String defaultReason() {
		return "before " + token();
	}

	/**
	 * Parses a token read from snapshot metadata; surrounding blanks are ignored.
	 *
	 * @param token a value produced by {@link #token()}, may be {@code null}
	 * @return the matching operation, empty if none matches
	 */
	public static Optional<SyncOperation> fromToken(String token) {
		if (token == null) {
			return Optional.empty();
		}
		for (SyncOperation op : values()) {
			if (op.token().equals(token.trim())) {
				return Optional.of(op);
			}
		}
		return Optional.empty();
	}
}
