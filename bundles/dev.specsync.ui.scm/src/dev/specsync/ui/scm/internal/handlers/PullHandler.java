package dev.specsync.ui.scm.internal.handlers;

import dev.specsync.ui.scm.internal.SourceControlPart;

/** Pulls the upstream into the checked-out branch, in a job. */
public final class PullHandler extends ScmHandler {

	/** Creates the handler; the workbench calls this. */
	public PullHandler() {
	}

	@Override
	void run(SourceControlPart part) {
		part.pull();
	}
}
