package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;

import org.eclipse.jgit.api.CreateBranchCommand.SetupUpstreamMode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ListBranchCommand.ListMode;
import org.eclipse.jgit.api.errors.CannotDeleteCurrentBranchException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NotMergedException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.BranchInfo;
import dev.specsync.git.engine.BranchListOperation;
import dev.specsync.git.engine.CreateBranchOperation;
import dev.specsync.git.engine.DeleteBranchOperation;
import dev.specsync.git.engine.SetUpstreamOperation;

/** The branch operations that change no file: list, create, delete, set upstream. */
final class Branches {

	private Branches() {
	}

	static BranchInfo info(Repository repository, Ref ref) throws IOException {
		String full = ref.getName();
		boolean remote = full.startsWith(Constants.R_REMOTES);
		String name = Repository.shortenRefName(full);
		String current = repository.getFullBranch();
		Optional<String> upstream = Optional.empty();
		int ahead = 0;
		int behind = 0;
		if (!remote) {
			BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, name);
			if (tracking != null) {
				upstream = Optional.of(Repository.shortenRefName(tracking.getRemoteTrackingBranch()));
				ahead = tracking.getAheadCount();
				behind = tracking.getBehindCount();
			}
		}
		return new BranchInfo(name, full, remote, full.equals(current), ref.getObjectId(), upstream, ahead, behind);
	}

	static final class List extends Operation<java.util.List<BranchInfo>> implements BranchListOperation {
		private final Repository repository;
		private boolean remotes;

		List(Repository repository) {
			super("list the branches", repository); //$NON-NLS-1$
			this.repository = repository;
		}

		@Override
		public BranchListOperation setIncludeRemotes(boolean remotes) {
			this.remotes = remotes;
			return this;
		}

		@Override
		java.util.List<BranchInfo> run() throws GitAPIException, IOException {
			java.util.List<BranchInfo> out = new ArrayList<>();
			for (Ref ref : Git.wrap(repository).branchList().setListMode(remotes ? ListMode.ALL : null).call()) {
				if (ref.getObjectId() != null && !ref.isSymbolic()) {
					out.add(info(repository, ref));
				}
			}
			return out;
		}
	}

	static final class Create extends Operation<BranchInfo> implements CreateBranchOperation {
		private final Repository repository;
		private final String name;
		private final String startPoint;
		private boolean track = true;

		Create(Repository repository, String name, String startPoint) {
			super("create the branch '" + name + "'", repository); //$NON-NLS-1$ //$NON-NLS-2$
			this.repository = repository;
			this.name = name;
			this.startPoint = startPoint;
		}

		@Override
		public CreateBranchOperation setTrack(boolean track) {
			this.track = track;
			return this;
		}

		@Override
		BranchInfo run() throws GitOperationException, GitAPIException, IOException {
			if (repository.resolve(startPoint + "^{commit}") == null) { //$NON-NLS-1$
				throw Problems.of(Code.NOT_FOUND, "SpecSync could not create the branch '" + name + "': there is no branch, tag or commit '" //$NON-NLS-1$ //$NON-NLS-2$
						+ startPoint + "'.", "Check the start point ('specsync branch -a' lists branches; fetch first for new remote branches)."); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Ref remoteStart = repository.findRef(Constants.R_REMOTES + startPoint);
			Ref ref = Git.wrap(repository).branchCreate().setName(name).setStartPoint(startPoint)
					.setUpstreamMode(track && remoteStart != null ? SetupUpstreamMode.TRACK : SetupUpstreamMode.NOTRACK).call();
			return info(repository, ref);
		}
	}

	static final class Delete extends Operation<String> implements DeleteBranchOperation {
		private final Repository repository;
		private final String name;
		private boolean force;

		Delete(Repository repository, String name) {
			super("delete the branch '" + name + "'", repository); //$NON-NLS-1$ //$NON-NLS-2$
			this.repository = repository;
			this.name = name;
		}

		@Override
		public DeleteBranchOperation setForce(boolean force) {
			this.force = force;
			return this;
		}

		@Override
		String run() throws GitOperationException, GitAPIException, IOException {
			String full = Constants.R_HEADS + name;
			if (repository.exactRef(full) == null) {
				throw Problems.of(Code.NOT_FOUND, "There is no local branch '" + name + "'.", "Check the name ('specsync branch' lists them)."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			try {
				Git.wrap(repository).branchDelete().setBranchNames(full).setForce(force).call();
			} catch (CannotDeleteCurrentBranchException e) {
				throw Problems.of(Code.INVALID_INPUT, "The branch '" + name + "' is checked out and cannot be deleted.", //$NON-NLS-1$ //$NON-NLS-2$
						"Switch to another branch first.", e); //$NON-NLS-1$
			} catch (NotMergedException e) {
				throw Problems.of(Code.INVALID_INPUT, "The branch '" + name + "' has commits that are on no other branch; deleting it would lose them.", //$NON-NLS-1$ //$NON-NLS-2$
						"Merge or push it first, or delete it with --force if you are sure.", e); //$NON-NLS-1$
			}
			return full;
		}
	}

	static final class SetUpstream extends Operation<BranchInfo> implements SetUpstreamOperation {
		private final Repository repository;
		private final String branch;
		private final String remoteBranch;

		SetUpstream(Repository repository, String branch, String remoteBranch) {
			super("set the upstream of '" + branch + "'", repository); //$NON-NLS-1$ //$NON-NLS-2$
			this.repository = repository;
			this.branch = branch;
			this.remoteBranch = remoteBranch;
		}

		@Override
		BranchInfo run() throws GitOperationException, IOException {
			Ref local = repository.exactRef(Constants.R_HEADS + branch);
			if (local == null) {
				throw Problems.of(Code.NOT_FOUND, "There is no local branch '" + branch + "'.", "Check the name ('specsync branch' lists them)."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			int slash = remoteBranch.indexOf('/');
			String remote = slash > 0 ? remoteBranch.substring(0, slash) : ""; //$NON-NLS-1$
			if (slash <= 0 || !repository.getRemoteNames().contains(remote)) {
				throw Problems.invalid("'" + remoteBranch + "' does not name a branch of a configured remote.", //$NON-NLS-1$ //$NON-NLS-2$
						"Give it as REMOTE/BRANCH, for example origin/" + branch + "."); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (repository.exactRef(Constants.R_REMOTES + remoteBranch) == null) {
				throw Problems.of(Code.NOT_FOUND, "The remote-tracking branch '" + remoteBranch + "' does not exist.", //$NON-NLS-1$ //$NON-NLS-2$
						"Fetch first, or push the branch to create it on the remote."); //$NON-NLS-1$
			}
			StoredConfig config = repository.getConfig();
			config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, remote);
			config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE,
					Constants.R_HEADS + remoteBranch.substring(slash + 1));
			config.save();
			return info(repository, repository.exactRef(Constants.R_HEADS + branch));
		}
	}
}
