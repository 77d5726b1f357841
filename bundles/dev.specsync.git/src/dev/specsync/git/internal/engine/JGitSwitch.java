package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.CheckoutCommand;
import org.eclipse.jgit.api.CreateBranchCommand.SetupUpstreamMode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.engine.LocalChanges;
import dev.specsync.git.engine.SwitchBranchOperation;
import dev.specsync.git.engine.SwitchResult;

/** Switch on JGit's {@link CheckoutCommand}, after a snapshot. */
final class JGitSwitch extends Operation<SwitchResult> implements SwitchBranchOperation {

	private final JGitWorkspace workspace;
	private final String branch;
	private LocalChanges changes = LocalChanges.CARRY;

	JGitSwitch(JGitWorkspace workspace, String branch) {
		super("switch to the branch '" + branch + "'", workspace.repository()); //$NON-NLS-1$ //$NON-NLS-2$
		this.workspace = workspace;
		this.branch = branch;
	}

	@Override
	public SwitchBranchOperation setLocalChanges(LocalChanges changes) {
		this.changes = Objects.requireNonNull(changes, "changes"); //$NON-NLS-1$
		return this;
	}

	@Override
	SwitchResult run() throws GitOperationException, GitAPIException, IOException {
		Repository repository = workspace.repository();
		Git git = Git.wrap(repository);
		boolean local = repository.exactRef(Constants.R_HEADS + branch) != null;
		String remoteTracking = Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + branch; //$NON-NLS-1$
		if (!local && repository.exactRef(remoteTracking) == null) {
			throw Problems.of(Code.NOT_FOUND, "SpecSync could not switch: there is no branch '" + branch + "' here or on origin.", //$NON-NLS-1$ //$NON-NLS-2$
					"Check the name ('specsync branch -a' lists branches), fetch to see new remote branches, or create it."); //$NON-NLS-1$
		}
		Status status = git.status().call();
		Set<String> changed = new TreeSet<>(status.getUncommittedChanges());
		if (!status.getConflicting().isEmpty()) {
			throw Problems.of(Code.CONFLICT, "SpecSync could not switch because " + Problems.paths(status.getConflicting()) //$NON-NLS-1$
					+ " have unresolved conflicts.", "Resolve the conflicts and commit, or undo the last sync ('specsync undo')."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (changes == LocalChanges.REFUSE && !changed.isEmpty()) {
			throw Problems.of(Code.CONFLICT, "SpecSync did not switch to '" + branch + "' because you have uncommitted changes in " //$NON-NLS-1$ //$NON-NLS-2$
					+ Problems.paths(changed) + ". Nothing was changed.", //$NON-NLS-1$
					"Commit them first, or switch and carry them over to the other branch."); //$NON-NLS-1$
		}
		Snapshot snapshot = workspace.snapshotBefore(SyncOperation.CHECKOUT);
		CheckoutCommand checkout = git.checkout().setName(branch);
		if (!local) {
			checkout.setCreateBranch(true).setStartPoint(remoteTracking).setUpstreamMode(SetupUpstreamMode.TRACK);
		}
		try {
			checkout.call();
		} catch (CheckoutConflictException e) {
			throw Problems.of(Code.CONFLICT, "SpecSync did not switch to '" + branch + "' because your uncommitted changes to " //$NON-NLS-1$ //$NON-NLS-2$
					+ Problems.paths(e.getConflictingPaths()) + " differ on that branch and would be overwritten. Nothing was changed.", //$NON-NLS-1$
					"Commit the changes first, then switch (snapshot " + snapshot.id() + " also holds them).", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new SwitchResult(Constants.R_HEADS + branch, snapshot, !changed.isEmpty());
	}
}
