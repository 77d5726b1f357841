package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.Objects;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.BranchConfig.BranchRebaseMode;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchResult;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.engine.MergeStrategyHook;
import dev.specsync.git.engine.PullOperation;
import dev.specsync.git.engine.SyncResult;

/**
 * Pull as fetch, then merge or rebase through {@link Integrator}, so that the snapshot is taken only when
 * something is about to change and after the slow network part.
 */
final class JGitPull extends RemoteOperationBase<PullOperation, SyncResult> implements PullOperation {

	private final JGitWorkspace workspace;
	private Boolean rebase;
	private MergeStrategyHook hook;
	private String remote;

	JGitPull(JGitWorkspace workspace) {
		super(workspace.engine(), "pull", workspace.repository()); //$NON-NLS-1$
		this.workspace = workspace;
	}

	@Override
	public PullOperation setRebase(boolean rebase) {
		this.rebase = rebase;
		return this;
	}

	@Override
	public PullOperation setMergeStrategyHook(MergeStrategyHook hook) {
		this.hook = Objects.requireNonNull(hook, "hook"); //$NON-NLS-1$
		return this;
	}

	@Override
	String remoteUri() {
		return remote == null ? "the remote" : JGitFetch.uriOf(workspace.repository(), remote); //$NON-NLS-1$
	}

	@Override
	SyncResult run() throws GitOperationException, GitAPIException, IOException {
		Repository repository = workspace.repository();
		String fullBranch = repository.getFullBranch();
		if (fullBranch == null || !fullBranch.startsWith(Constants.R_HEADS)) {
			throw Problems.invalid("SpecSync could not pull because no branch is checked out (HEAD is detached).", //$NON-NLS-1$
					"Switch to a branch first ('specsync branch switch NAME')."); //$NON-NLS-1$
		}
		String branch = Repository.shortenRefName(fullBranch);
		BranchConfig config = new BranchConfig(repository.getConfig(), branch);
		remote = config.getRemote();
		String merge = config.getMerge();
		if (remote == null || merge == null) {
			throw Problems.invalid("SpecSync could not pull because the branch '" + branch + "' has no upstream branch.", //$NON-NLS-1$ //$NON-NLS-2$
					"Set one with 'specsync branch upstream " + branch + " origin/" + branch //$NON-NLS-1$ //$NON-NLS-2$
							+ "' (push the branch first if the remote does not have it)."); //$NON-NLS-1$
		}
		JGitFetch.requireRemote(repository, remote);
		Integrator integrator = new Integrator(workspace, hook, monitor(), "pull"); //$NON-NLS-1$
		integrator.requireNoUnfinishedOperation();

		FetchResult fetched = JGitFetch.call(configure(Git.wrap(repository).fetch()).setRemote(remote).setProgressMonitor(monitor()),
				repository);
		Ref advertised = fetched.getAdvertisedRef(merge);
		if (advertised == null) {
			advertised = fetched.getAdvertisedRef(Constants.R_HEADS + merge);
		}
		if (advertised == null || advertised.getObjectId() == null) {
			throw Problems.of(Code.NOT_FOUND, "SpecSync could not pull because the branch '" + Repository.shortenRefName(merge) //$NON-NLS-1$
					+ "' does not exist on " + remoteUri() + ".", //$NON-NLS-1$ //$NON-NLS-2$
					"Push your branch first, or set another upstream ('specsync branch upstream " + branch + " REMOTE/BRANCH')."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String trackingName = config.getRemoteTrackingBranch();
		Ref tracking = trackingName == null ? null : repository.exactRef(trackingName);
		if (tracking != null && !advertised.getObjectId().equals(tracking.getObjectId())) {
			tracking = null;
		}
		String name = tracking != null ? Repository.shortenRefName(tracking.getName())
				: "branch '" + Repository.shortenRefName(merge) + "' of " + remoteUri(); //$NON-NLS-1$ //$NON-NLS-2$
		if (rebase(repository.getConfig(), branch)) {
			return integrator.rebase(name, advertised.getObjectId(), SyncOperation.PULL);
		}
		return integrator.merge(name, tracking, advertised.getObjectId(), SyncOperation.PULL);
	}

	/** {@code branch.<name>.rebase}, else {@code pull.rebase}, as git and JGit's PullCommand read them. */
	private boolean rebase(Config config, String branch) {
		if (rebase != null) {
			return rebase;
		}
		BranchRebaseMode mode;
		if (config.getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REBASE) != null) {
			mode = config.getEnum(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REBASE,
					BranchRebaseMode.NONE);
		} else {
			mode = config.getEnum(ConfigConstants.CONFIG_PULL_SECTION, null, ConfigConstants.CONFIG_KEY_REBASE,
					BranchRebaseMode.NONE);
		}
		return mode != BranchRebaseMode.NONE;
	}
}
