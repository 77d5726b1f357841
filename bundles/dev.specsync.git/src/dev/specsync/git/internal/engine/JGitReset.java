package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.Snapshot;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.engine.ResetMode;
import dev.specsync.git.engine.ResetOperation;
import dev.specsync.git.engine.SyncResult;
import dev.specsync.git.engine.SyncResult.Status;

/** Reset on JGit's {@link ResetCommand}, after a snapshot. */
final class JGitReset extends Operation<SyncResult> implements ResetOperation {

	private final JGitWorkspace workspace;
	private final String ref;
	private final ResetMode mode;

	JGitReset(JGitWorkspace workspace, String ref, ResetMode mode) {
		super("reset to " + ref, workspace.repository()); //$NON-NLS-1$
		this.workspace = workspace;
		this.ref = ref;
		this.mode = mode;
	}

	@Override
	SyncResult run() throws GitOperationException, GitAPIException, IOException {
		ObjectId target = workspace.repository().resolve(ref + "^{commit}"); //$NON-NLS-1$
		if (target == null) {
			throw Problems.of(Code.NOT_FOUND, "SpecSync could not reset to '" + ref + "': there is no such branch, tag or commit.", //$NON-NLS-1$ //$NON-NLS-2$
					"Check the name ('specsync branch -a' lists branches)."); //$NON-NLS-1$
		}
		Snapshot snapshot = workspace.snapshotBefore(SyncOperation.RESET);
		Git.wrap(workspace.repository()).reset().setRef(target.name()).setMode(ResetCommand.ResetType.valueOf(mode.name())).call();
		return new SyncResult(Status.RESET, Optional.ofNullable(workspace.repository().resolve(Constants.HEAD)), List.of(),
				List.of(), Optional.of(snapshot), Optional.empty());
	}
}
