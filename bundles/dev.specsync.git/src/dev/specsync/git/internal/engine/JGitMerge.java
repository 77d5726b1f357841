package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.util.Objects;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.SyncOperation;
import dev.specsync.git.engine.MergeOperation;
import dev.specsync.git.engine.MergeStrategyHook;
import dev.specsync.git.engine.SyncResult;

/** Merge of a local ref through {@link Integrator}. */
final class JGitMerge extends Operation<SyncResult> implements MergeOperation {

	private final JGitWorkspace workspace;
	private final String ref;
	private MergeStrategyHook hook;

	JGitMerge(JGitWorkspace workspace, String ref) {
		super("merge " + ref, workspace.repository()); //$NON-NLS-1$
		this.workspace = workspace;
		this.ref = ref;
	}

	@Override
	public MergeOperation setMergeStrategyHook(MergeStrategyHook hook) {
		this.hook = Objects.requireNonNull(hook, "hook"); //$NON-NLS-1$
		return this;
	}

	@Override
	SyncResult run() throws GitOperationException, GitAPIException, IOException {
		Repository repository = workspace.repository();
		Ref named = repository.findRef(ref);
		ObjectId id = repository.resolve(ref + "^{commit}"); //$NON-NLS-1$
		if (id == null) {
			throw Problems.of(Code.NOT_FOUND, "SpecSync could not merge '" + ref + "': there is no such branch, tag or commit.", //$NON-NLS-1$ //$NON-NLS-2$
					"Check the name ('specsync branch -a' lists branches)."); //$NON-NLS-1$
		}
		Integrator integrator = new Integrator(workspace, hook, org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE, "merge"); //$NON-NLS-1$
		return integrator.merge(ref, named != null && id.equals(named.getObjectId()) ? named : null, id, SyncOperation.MERGE);
	}
}
