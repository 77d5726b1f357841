package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;

import dev.specsync.git.engine.StatusOperation;
import dev.specsync.git.engine.WorkspaceStatus;

/**
 * Status from JGit's {@link IndexDiff} over a {@link FileTreeIterator}: files whose size and modification
 * time match the index are not read, so a status of an unchanged large tree costs one directory walk.
 */
final class JGitStatus extends Operation<WorkspaceStatus> implements StatusOperation {

	private final Repository repository;

	JGitStatus(Repository repository) {
		super("read the status of the working tree", repository); //$NON-NLS-1$
		this.repository = repository;
	}

	@Override
	WorkspaceStatus run() throws IOException {
		IndexDiff diff = new IndexDiff(repository, Constants.HEAD, new FileTreeIterator(repository));
		diff.diff();
		Set<String> staged = new TreeSet<>(diff.getAdded());
		staged.addAll(diff.getChanged());
		staged.addAll(diff.getRemoved());
		Set<String> changed = new TreeSet<>(diff.getModified());
		changed.addAll(diff.getMissing());
		Set<String> conflicting = new TreeSet<>(diff.getConflicting());
		staged.removeAll(conflicting);
		changed.removeAll(conflicting);

		Ref head = repository.exactRef(Constants.HEAD);
		Optional<String> branch = Optional.empty();
		Optional<String> upstream = Optional.empty();
		int ahead = 0;
		int behind = 0;
		if (head != null && head.isSymbolic()) {
			String shortName = Repository.shortenRefName(head.getTarget().getName());
			branch = Optional.of(shortName);
			BranchTrackingStatus tracking = head.getObjectId() == null ? null : BranchTrackingStatus.of(repository, shortName);
			if (tracking != null) {
				upstream = Optional.of(Repository.shortenRefName(tracking.getRemoteTrackingBranch()));
				ahead = tracking.getAheadCount();
				behind = tracking.getBehindCount();
			}
		}
		return new WorkspaceStatus(branch, upstream, ahead, behind, staged, changed, new TreeSet<>(diff.getUntracked()),
				conflicting, repository.getRepositoryState().name());
	}
}
