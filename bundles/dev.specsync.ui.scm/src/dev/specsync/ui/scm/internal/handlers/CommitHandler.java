package dev.specsync.ui.scm.internal.handlers;

import dev.specsync.ui.scm.internal.SourceControlPart;

/** Puts the cursor in the commit message box; Commit there (or Ctrl+Enter) commits the ticked files. */
public final class CommitHandler extends ScmHandler {

	/** Creates the handler; the workbench calls this. */
	public CommitHandler() {
	}

	@Override
	void run(SourceControlPart part) {
		part.focusCommit();
	}
}
