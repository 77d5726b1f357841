package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.engine.ForceWithLease;
import dev.specsync.git.engine.PushOperation;
import dev.specsync.git.engine.PushResult;
import dev.specsync.git.engine.PushResult.Status;

/** Push of one branch on JGit's {@link PushCommand}; force only as force-with-lease. */
final class JGitPush extends RemoteOperationBase<PushOperation, PushResult> implements PushOperation {

	private final JGitWorkspace workspace;
	private String remote;
	private String branch;
	private ForceWithLease lease;

	JGitPush(JGitWorkspace workspace) {
		super(workspace.engine(), "push", workspace.repository()); //$NON-NLS-1$
		this.workspace = workspace;
	}

	@Override
	public PushOperation setRemote(String remote) {
		this.remote = Objects.requireNonNull(remote, "remote"); //$NON-NLS-1$
		return this;
	}

	@Override
	public PushOperation setBranch(String branch) {
		this.branch = Objects.requireNonNull(branch, "branch"); //$NON-NLS-1$
		return this;
	}

	@Override
	public PushOperation setForceWithLease(ForceWithLease confirmation) {
		this.lease = Objects.requireNonNull(confirmation, "confirmation"); //$NON-NLS-1$
		return this;
	}

	@Override
	String remoteUri() {
		return remote == null ? "the remote" : JGitFetch.uriOf(workspace.repository(), remote); //$NON-NLS-1$
	}

	@Override
	PushResult run() throws GitOperationException, GitAPIException, IOException {
		Repository repository = workspace.repository();
		String local = branch;
		if (local == null) {
			String full = repository.getFullBranch();
			if (full == null || !full.startsWith(Constants.R_HEADS)) {
				throw Problems.invalid("SpecSync could not push because no branch is checked out (HEAD is detached).", //$NON-NLS-1$
						"Switch to the branch to push, or name it."); //$NON-NLS-1$
			}
			local = Repository.shortenRefName(full);
		}
		Ref localRef = repository.exactRef(Constants.R_HEADS + local);
		if (localRef == null || localRef.getObjectId() == null) {
			throw Problems.of(Code.NOT_FOUND, "SpecSync could not push: there is no local branch '" + local + "' with commits.", //$NON-NLS-1$ //$NON-NLS-2$
					"Check the branch name ('specsync branch' lists them), and commit first."); //$NON-NLS-1$
		}
		BranchConfig config = new BranchConfig(repository.getConfig(), local);
		if (remote == null) {
			remote = config.getRemote() != null && !BranchConfig.LOCAL_REPOSITORY.equals(config.getRemote()) ? config.getRemote()
					: Constants.DEFAULT_REMOTE_NAME;
		}
		JGitFetch.requireRemote(repository, remote);
		String target = remote.equals(config.getRemote()) && config.getMerge() != null ? config.getMerge() : Constants.R_HEADS + local;
		if (lease != null && !(Constants.R_HEADS + lease.remoteBranch()).equals(target)) {
			throw Problems.invalid("The force-push confirmation names the branch '" + lease.remoteBranch() //$NON-NLS-1$
					+ "', but this push goes to '" + Repository.shortenRefName(target) + "'.", //$NON-NLS-1$ //$NON-NLS-2$
					"Confirm overwriting the branch the push goes to."); //$NON-NLS-1$
		}
		Optional<Snapshot> snapshot = Optional.empty();
		PushCommand push = configure(Git.wrap(repository).push()).setRemote(remote).setProgressMonitor(monitor());
		if (lease != null) {
			snapshot = Optional.of(workspace.snapshotBefore(SyncOperation.FORCE_PUSH));
			push.setRefSpecs(new RefSpec("+" + localRef.getName() + ":" + target)) //$NON-NLS-1$ //$NON-NLS-2$
					.setRefLeaseSpecs(new RefLeaseSpec(target, lease.expectedRemoteId().name()));
		} else {
			push.setRefSpecs(new RefSpec(localRef.getName() + ":" + target)); //$NON-NLS-1$
		}
		List<PushResult.RefUpdate> updates = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		for (org.eclipse.jgit.transport.PushResult result : push.call()) {
			List<String> server = JGitFetch.lines(result.getMessages());
			messages.addAll(server);
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				updates.add(toUpdate(update, server));
			}
		}
		return new PushResult(updates, messages, snapshot);
	}

	private PushResult.RefUpdate toUpdate(RemoteRefUpdate update, List<String> server) {
		String name = Repository.shortenRefName(update.getRemoteName());
		String said = server.isEmpty() ? "" : " The server said: " + String.join(" / ", server); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Status status;
		Diagnostic diagnostic = null;
		switch (update.getStatus()) {
			case OK -> status = Status.OK;
			case UP_TO_DATE -> status = Status.UP_TO_DATE;
			case REJECTED_NONFASTFORWARD -> {
				status = Status.REJECTED_NON_FAST_FORWARD;
				diagnostic = new Diagnostic(Code.REJECTED, "The push to '" + name + "' on " + remoteUri() //$NON-NLS-1$ //$NON-NLS-2$
						+ " was rejected because the remote branch has commits that yours does not have (not a fast-forward)." + said, //$NON-NLS-1$
						"Pull first ('specsync pull'), resolve any conflicts, then push again."); //$NON-NLS-1$
			}
			case REJECTED_REMOTE_CHANGED -> {
				status = Status.REJECTED_STALE_LEASE;
				diagnostic = new Diagnostic(Code.REJECTED, "The force push to '" + name + "' was refused because the remote branch moved since you confirmed (it no longer points to " //$NON-NLS-1$ //$NON-NLS-2$
						+ lease.expectedRemoteId().abbreviate(10).name() + "). Nothing on the server was overwritten.", //$NON-NLS-1$
						"Fetch, look at the new commits, and confirm the force push again if you still want to overwrite them."); //$NON-NLS-1$
			}
			default -> {
				status = Status.REJECTED_BY_SERVER;
				String reason = update.getMessage() == null ? update.getStatus().name() : update.getMessage();
				diagnostic = new Diagnostic(Code.REJECTED, "The server " + remoteUri() + " refused the push to '" + name + "': " //$NON-NLS-1$ //$NON-NLS-2$
						+ reason + "." + said, //$NON-NLS-1$
						"Read the server's reason: a protected branch or a server rule usually means pushing to another branch and opening a pull request, or asking the repository's administrators."); //$NON-NLS-1$
			}
		}
		return new PushResult.RefUpdate(update.getRemoteName(), status, update.getNewObjectId(), Optional.ofNullable(diagnostic));
	}
}
