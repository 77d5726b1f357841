package dev.specsync.git.internal.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FileUtils;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.RestoreMode;
import dev.specsync.git.RestoreResult;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SnapshotService;
import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.engine.Author;
import dev.specsync.git.engine.BranchListOperation;
import dev.specsync.git.engine.CommitOperation;
import dev.specsync.git.engine.CreateBranchOperation;
import dev.specsync.git.engine.CreateTagOperation;
import dev.specsync.git.engine.DeleteBranchOperation;
import dev.specsync.git.engine.FetchOperation;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.LogOperation;
import dev.specsync.git.engine.MergeOperation;
import dev.specsync.git.engine.PullOperation;
import dev.specsync.git.engine.PushOperation;
import dev.specsync.git.engine.ResetMode;
import dev.specsync.git.engine.ResetOperation;
import dev.specsync.git.engine.SetUpstreamOperation;
import dev.specsync.git.engine.StatusOperation;
import dev.specsync.git.engine.SwitchBranchOperation;
import dev.specsync.git.engine.TagListOperation;

/** A {@link GitWorkspace} over a JGit repository it owns. */
final class JGitWorkspace implements GitWorkspace {

	private final Engine engine;
	private final Repository repository;
	private final SnapshotService snapshots;

	private JGitWorkspace(Engine engine, Repository repository, SnapshotService snapshots) {
		this.engine = engine;
		this.repository = repository;
		this.snapshots = snapshots;
	}

	/** Takes ownership of {@code repository}: closes it if it cannot be used. */
	static JGitWorkspace wrap(Engine engine, Repository repository) throws GitOperationException {
		if (repository.isBare()) {
			repository.close();
			throw Problems.of(Code.UNSUPPORTED, "The repository " + repository.getDirectory() + " has no working tree (it is bare).", //$NON-NLS-1$ //$NON-NLS-2$
					"Open a clone with a working tree instead."); //$NON-NLS-1$
		}
		try {
			return new JGitWorkspace(engine, repository, engine.snapshots().forRepository(repository));
		} catch (GitOperationException e) {
			repository.close();
			throw e;
		}
	}

	Engine engine() {
		return engine;
	}

	/** Saves the state before an operation that may change files or move a branch. */
	Snapshot snapshotBefore(dev.specsync.git.SyncOperation operation) throws GitOperationException {
		return snapshots.takeBefore(operation);
	}

	@Override
	public Path workTree() {
		return repository.getWorkTree().toPath().toAbsolutePath();
	}

	@Override
	public Repository repository() {
		return repository;
	}

	@Override
	public SnapshotService snapshots() {
		return snapshots;
	}

	@Override
	public Optional<RestoreResult> undoLastSync() throws GitOperationException {
		for (Snapshot snapshot : snapshots.list()) {
			if (snapshot.operation() != null) {
				RestoreResult result = snapshots.restore(snapshot, RestoreMode.FILES_INDEX_AND_BRANCH);
				abandonRebase();
				return Optional.of(result);
			}
		}
		return Optional.empty();
	}

	/** Removes the state of an unfinished rebase: after a restore HEAD and the branch no longer match it. */
	private void abandonRebase() throws GitOperationException {
		try {
			for (String dir : new String[] { "rebase-merge", "rebase-apply" }) { //$NON-NLS-1$ //$NON-NLS-2$
				File state = new File(repository.getDirectory(), dir);
				if (state.exists()) {
					FileUtils.delete(state, FileUtils.RECURSIVE | FileUtils.RETRY);
				}
			}
		} catch (IOException e) {
			throw LocalFailures.classify(e, "remove the state of the unfinished rebase"); //$NON-NLS-1$
		}
	}

	@Override
	public StatusOperation status() {
		return new JGitStatus(repository);
	}

	@Override
	public FetchOperation fetch() {
		return new JGitFetch(this);
	}

	@Override
	public PullOperation pull() {
		return new JGitPull(this);
	}

	@Override
	public MergeOperation merge(String ref) {
		return new JGitMerge(this, Objects.requireNonNull(ref, "ref")); //$NON-NLS-1$
	}

	@Override
	public CommitOperation commit(String message, Author author) {
		return new JGitCommit(repository, Objects.requireNonNull(message, "message"), Objects.requireNonNull(author, "author")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public PushOperation push() {
		return new JGitPush(this);
	}

	@Override
	public BranchListOperation branches() {
		return new Branches.List(repository);
	}

	@Override
	public CreateBranchOperation createBranch(String name, String startPoint) {
		return new Branches.Create(repository, Objects.requireNonNull(name, "name"), Objects.requireNonNull(startPoint, "startPoint")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public SwitchBranchOperation switchBranch(String branch) {
		return new JGitSwitch(this, Objects.requireNonNull(branch, "branch")); //$NON-NLS-1$
	}

	@Override
	public DeleteBranchOperation deleteBranch(String branch) {
		return new Branches.Delete(repository, Objects.requireNonNull(branch, "branch")); //$NON-NLS-1$
	}

	@Override
	public SetUpstreamOperation setUpstream(String branch, String remoteBranch) {
		return new Branches.SetUpstream(repository, Objects.requireNonNull(branch, "branch"), //$NON-NLS-1$
				Objects.requireNonNull(remoteBranch, "remoteBranch")); //$NON-NLS-1$
	}

	@Override
	public ResetOperation reset(String ref, ResetMode mode) {
		return new JGitReset(this, Objects.requireNonNull(ref, "ref"), Objects.requireNonNull(mode, "mode")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public CreateTagOperation createTag(String name, String message, Author tagger) {
		return new Tags.Create(repository, Objects.requireNonNull(name, "name"), Objects.requireNonNull(message, "message"), //$NON-NLS-1$ //$NON-NLS-2$
				Objects.requireNonNull(tagger, "tagger")); //$NON-NLS-1$
	}

	@Override
	public TagListOperation tags() {
		return new Tags.List(repository);
	}

	@Override
	public LogOperation log() {
		return new JGitLog(repository);
	}

	@Override
	public void close() {
		repository.close();
	}
}
