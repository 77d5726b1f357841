package dev.specsync.ui.scm.internal.handlers;

import dev.specsync.ui.scm.internal.SourceControlPart;

/** Opens the branch dialog. */
public final class BranchesHandler extends ScmHandler {

	/** Creates the handler; the workbench calls this. */
	public BranchesHandler() {
	}

	@Override
	void run(SourceControlPart part) {
		part.openBranches();
	}
}
