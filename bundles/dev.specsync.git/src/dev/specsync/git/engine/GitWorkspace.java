package dev.specsync.git.engine;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.Repository;
import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.RestoreResult;
import dev.specsync.git.SnapshotService;

/**
 * An open repository with a working tree, and the operations on it. Close it when done.
 *
 * <p>Threading: operations on one workspace must not run concurrently; the workspace itself may be handed
 * between threads. Nullness: no parameter accepts {@code null}, no method returns {@code null}.
 */
@ProviderType
public interface GitWorkspace extends AutoCloseable {

	/**
	 * The working tree folder.
	 *
	 * @return the absolute path of the working tree
	 */
	Path workTree();

	/**
	 * The JGit repository, for read access by other SpecSync components. Owned by this workspace.
	 *
	 * @return the repository, valid until {@link #close()}
	 */
	Repository repository();

	/**
	 * The snapshot engine for this repository.
	 *
	 * @return the snapshot service the sync operations use
	 */
	SnapshotService snapshots();

	/**
	 * Undoes the last sync operation: restores the newest snapshot taken before a pull, merge, switch, reset,
	 * rebase or force push, with files, index, HEAD and the branch as they were (an unfinished rebase or
	 * merge is abandoned). The state before undoing is saved as a snapshot first.
	 *
	 * @return the restore result, or empty when there is no such snapshot
	 * @throws GitOperationException as {@link SnapshotService#restore(dev.specsync.git.Snapshot, dev.specsync.git.RestoreMode)}
	 */
	Optional<RestoreResult> undoLastSync() throws GitOperationException;

	/**
	 * Prepares reading the status of the working tree.
	 *
	 * @return the operation
	 */
	StatusOperation status();

	/**
	 * Prepares a fetch from the remote (default {@code origin}).
	 *
	 * @return the operation
	 */
	FetchOperation fetch();

	/**
	 * Prepares a pull of the checked-out branch's upstream: fetch, then merge or rebase as
	 * {@code branch.<name>.rebase} or {@code pull.rebase} say.
	 *
	 * @return the operation
	 */
	PullOperation pull();

	/**
	 * Prepares merging a branch, tag or commit into the checked-out branch.
	 *
	 * @param ref what to merge, for example {@code origin/main} or {@code feature}
	 * @return the operation
	 */
	MergeOperation merge(String ref);

	/**
	 * Prepares a commit.
	 *
	 * @param message the commit message; blank messages are refused by {@code call()}
	 * @param author the author and committer
	 * @return the operation
	 */
	CommitOperation commit(String message, Author author);

	/**
	 * Prepares a push of the checked-out branch to its upstream (or the branch of the same name on
	 * {@code origin}).
	 *
	 * @return the operation
	 */
	PushOperation push();

	/**
	 * Prepares listing branches.
	 *
	 * @return the operation
	 */
	BranchListOperation branches();

	/**
	 * Prepares creating a local branch.
	 *
	 * @param name the new branch's short name
	 * @param startPoint any ref or commit id, for example {@code origin/main}, {@code v1.2.0} or {@code HEAD}
	 * @return the operation
	 */
	CreateBranchOperation createBranch(String name, String startPoint);

	/**
	 * Prepares switching to a local branch, or to a new local branch tracking {@code origin/<name>} when only
	 * the remote branch exists.
	 *
	 * @param branch the branch's short name
	 * @return the operation
	 */
	SwitchBranchOperation switchBranch(String branch);

	/**
	 * Prepares deleting a local branch.
	 *
	 * @param branch the branch's short name; not the checked-out one
	 * @return the operation
	 */
	DeleteBranchOperation deleteBranch(String branch);

	/**
	 * Prepares setting the upstream of a local branch.
	 *
	 * @param branch the local branch's short name
	 * @param remoteBranch the remote-tracking branch, for example {@code origin/main}
	 * @return the operation
	 */
	SetUpstreamOperation setUpstream(String branch, String remoteBranch);

	/**
	 * Prepares resetting the checked-out branch.
	 *
	 * @param ref where the branch should point afterwards
	 * @param mode what happens to index and files
	 * @return the operation
	 */
	ResetOperation reset(String ref, ResetMode mode);

	/**
	 * Prepares creating an annotated tag, for example for a published API version.
	 *
	 * @param name the tag name, for example {@code payments-api/v2.1.0}
	 * @param message the annotation; not blank
	 * @param tagger who creates the tag
	 * @return the operation
	 */
	CreateTagOperation createTag(String name, String message, Author tagger);

	/**
	 * Prepares listing tags.
	 *
	 * @return the operation
	 */
	TagListOperation tags();

	/**
	 * Prepares reading history: of HEAD, a ref, or one file.
	 *
	 * @return the operation
	 */
	LogOperation log();

	/** Closes the repository. Idempotent. */
	@Override
	void close();
}
