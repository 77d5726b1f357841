package dev.specsync.git;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Saves and restores the complete local state of a non-bare Git working tree: the index (including
 * conflict stages of an unfinished merge), tracked files with unstaged changes and untracked files that
 * are not ignored. Ignored files are neither saved nor touched, except that a restore which has to
 * overwrite or delete an ignored file first saves it in its safety snapshot.
 *
 * <p>Snapshots are commits kept alive by refs under {@code refs/specsync/snapshots/}; they survive
 * {@code git gc} and leave the repository {@code git fsck --strict} clean. Taking a snapshot never
 * changes the working tree, the index, HEAD, any branch or what {@code git status} prints.
 *
 * <p>Threading: implementations are safe for use from several threads; calls on one instance are
 * serialized. Other processes (the git CLI) may run concurrently: a restore holds the index lock
 * ({@code .git/index.lock}) while it changes files, so concurrent index writers fail rather than
 * interleave.
 *
 * <p>Nullness: no parameter accepts {@code null}, no method returns {@code null}.
 *
 * <p>Errors: every failure is a {@link GitOperationException} whose {@link Diagnostic} names the
 * cause and the fix. A failed {@code take} leaves no ref behind (at worst unreferenced objects that
 * {@code git gc} removes later). A failed {@code restore} says which safety snapshot holds the state
 * from before the attempt.
 */
@ProviderType
public interface SnapshotService {

	/** Prefix of all snapshot refs. */
	String REF_PREFIX = "refs/specsync/snapshots/";

	/**
	 * Saves the current state as a manual snapshot.
	 *
	 * @param reason short text shown to the user, e.g. {@code "before editing paths"}; line breaks are folded
	 * @return the new snapshot, which is then the first element of {@link #list()}
	 * @throws GitOperationException e.g. {@link Diagnostic.Code#DISK_FULL}; nothing was changed then
	 */
	Snapshot take(String reason) throws GitOperationException;

	/**
	 * Saves the current state before a sync operation, so that {@link #undoLast()} can find it.
	 *
	 * @param operation the operation about to run
	 * @return the new snapshot, reason {@code operation.defaultReason()}
	 * @throws GitOperationException as {@link #take(String)}
	 */
	Snapshot takeBefore(SyncOperation operation) throws GitOperationException;

	/**
	 * Lists the snapshots of this repository; reads the refs afresh on every call.
	 *
	 * @return all readable snapshots, newest first; refs that do not point to a readable snapshot
	 *         commit are left out (and left alone)
	 * @throws GitOperationException if the refs cannot be read
	 */
	List<Snapshot> list() throws GitOperationException;

	/**
	 * Restores files and index; same as {@code restore(snapshot, RestoreMode.FILES_AND_INDEX)}.
	 *
	 * @param snapshot a snapshot from {@link #list()}
	 * @return the restored snapshot and the safety snapshot
	 * @throws GitOperationException as {@link #restore(Snapshot, RestoreMode)}
	 */
	default RestoreResult restore(Snapshot snapshot) throws GitOperationException {
		return restore(snapshot, RestoreMode.FILES_AND_INDEX);
	}

	/**
	 * Makes the working tree and index exactly as they were when {@code snapshot} was taken: restores
	 * contents, executable bits and symlinks, deletes files that were created since (not ignored
	 * ones), brings back deleted and untracked files and the staged content including conflict stages.
	 * A snapshot of the current state ("before restore") is taken first, so the restore can be undone.
	 *
	 * @param snapshot a snapshot from {@link #list()}
	 * @param mode whether HEAD and the branch are moved back too
	 * @return the restored snapshot and the safety snapshot
	 * @throws GitOperationException with {@link Diagnostic.Code#NOT_FOUND} if the snapshot ref is gone,
	 *         {@link Diagnostic.Code#LOCKED} if another Git process holds the index lock, or any I/O category
	 */
	RestoreResult restore(Snapshot snapshot, RestoreMode mode) throws GitOperationException;

	/**
	 * Restores the newest snapshot that was taken before a sync operation ({@link Snapshot#operation()}
	 * not {@code null}), with {@link RestoreMode#FILES_AND_INDEX}. Calling it twice restores the same
	 * snapshot twice; the safety snapshots of both calls remain.
	 *
	 * @return the result, or empty if there is no such snapshot (nothing is changed then)
	 * @throws GitOperationException as {@link #restore(Snapshot, RestoreMode)}
	 */
	Optional<RestoreResult> undoLast() throws GitOperationException;

	/**
	 * Previews {@link #prune(Duration)} without deleting anything.
	 *
	 * @param olderThan minimum age; must not be negative
	 * @return the snapshots {@link #prune(Duration)} would remove with this argument, newest first;
	 *         never contains the newest snapshot
	 * @throws GitOperationException if the refs cannot be read
	 */
	List<Snapshot> pruneCandidates(Duration olderThan) throws GitOperationException;

	/**
	 * Deletes the refs of snapshots older than {@code olderThan}, never the newest snapshot. The
	 * objects become garbage for a later {@code git gc}.
	 *
	 * @param olderThan minimum age; must not be negative
	 * @return exactly the snapshots removed, newest first
	 * @throws GitOperationException if a ref could not be deleted; the ones deleted before stay deleted
	 */
	List<Snapshot> prune(Duration olderThan) throws GitOperationException;
}
