package dev.specsync.ui.scm.internal.handlers;

import dev.specsync.ui.scm.internal.SourceControlPart;

/** Fetches from the remote, in a job. */
public final class FetchHandler extends ScmHandler {

	/** Creates the handler; the workbench calls this. */
	public FetchHandler() {
	}

	@Override
	void run(SourceControlPart part) {
		part.fetch();
	}
}
