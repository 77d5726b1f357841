package dev.specsync.git;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A saved state of a working tree, as listed by {@link SnapshotService#list()}.
 *
 * <p>Immutable value, thread-safe. Equality is by all components; {@link #commitId()} alone
 * identifies the saved content.
 *
 * @param refName full ref that keeps the snapshot alive, e.g. {@code refs/specsync/snapshots/20260101T120000123Z-1a2b3c4d}; never {@code null}
 * @param commitId the snapshot commit; never {@code null}
 * @param time when the snapshot was taken; never {@code null}
 * @param reason free text such as {@code "before pull"}; never {@code null}, single line
 * @param operation the sync operation this snapshot precedes, {@code null} for manual and restore snapshots
 * @param branch full name of the checked-out branch at snapshot time (e.g. {@code refs/heads/main}), {@code null} if HEAD was detached
 * @param head the commit HEAD pointed to, {@code null} if the branch had no commit yet
 */
public record Snapshot(String refName, ObjectId commitId, Instant time, String reason,
		SyncOperation operation, String branch, ObjectId head) {

	/**
	 * Checks the mandatory components and copies the object ids, so that a caller's mutable ids cannot
	 * change the snapshot later.
	 *
	 * @throws NullPointerException if {@code refName}, {@code commitId}, {@code time} or {@code reason} is {@code null}
	 */
	public Snapshot {
		Objects.requireNonNull(refName, "refName");
		commitId = Objects.requireNonNull(commitId, "commitId").copy();
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(reason, "reason");
		head = head == null ? null : head.copy();
	}

	/**
	 * The identifier users type to name this snapshot, for example on the command line.
	 *
	 * @return the last path segment of {@link #refName()}, a stable short identifier; never {@code null}
	 */
	public String id() {
		return refName.substring(refName.lastIndexOf('/') + 1);
	}

	/**
	 * The sync operation this snapshot was taken before.
	 *
	 * @return the operation, empty for manual and restore snapshots
	 */
	public Optional<SyncOperation> syncOperation() {
		return Optional.ofNullable(operation);
	}

	/**
	 * Whether HEAD pointed directly at a commit rather than at a branch.
	 *
	 * @return true if HEAD was detached when the snapshot was taken
	 */
	public boolean detached() {
		return branch == null;
	}
}
