package dev.specsync.git.internal;

import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/** Moves HEAD and the recorded branch back to where they were at snapshot time. */
final class HeadRestorer {

	private final Repository repo;

	HeadRestorer(Repository repo) {
		this.repo = repo;
	}

	void restore(SnapshotMetadata md, String snapshotId) throws IOException {
		String log = "specsync: restore snapshot " + snapshotId;
		if (md.branch() == null) {
			RefUpdate head = repo.updateRef(Constants.HEAD, true);
			head.setNewObjectId(md.head());
			head.setForceUpdate(true);
			head.setRefLogMessage(log, false);
			check(head.update(), Constants.HEAD);
			return;
		}
		Ref current = repo.exactRef(md.branch());
		RefUpdate branch = repo.updateRef(md.branch());
		branch.setForceUpdate(true);
		branch.setRefLogMessage(log, false);
		if (md.head() != null) {
			branch.setNewObjectId(md.head());
			check(branch.update(), md.branch());
		} else if (current != null) {
			check(branch.delete(), md.branch());
		}
		Ref head = repo.exactRef(Constants.HEAD);
		if (head == null || !head.isSymbolic() || !head.getTarget().getName().equals(md.branch())) {
			RefUpdate link = repo.updateRef(Constants.HEAD);
			link.setRefLogMessage(log, false);
			check(link.link(md.branch()), Constants.HEAD);
		}
	}

	private static void check(RefUpdate.Result r, String name) throws IOException {
		switch (r) {
			case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {
			}
			default -> throw new IOException("Could not move " + name + ": " + r);
		}
	}
}
