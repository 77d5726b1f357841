package dev.specsync.ui.scm.internal.handlers;

import dev.specsync.ui.scm.internal.SourceControlPart;

/** Pushes the checked-out branch to its upstream, in a job. */
public final class PushHandler extends ScmHandler {

	/** Creates the handler; the workbench calls this. */
	public PushHandler() {
	}

	@Override
	void run(SourceControlPart part) {
		part.push();
	}
}
