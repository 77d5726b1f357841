package dev.specsync.ui.scm.internal.handlers;

import dev.specsync.ui.scm.internal.SourceControlPart;

/** Opens the snapshots with the one before the last sync chosen, to restore it. */
public final class UndoLastSyncHandler extends ScmHandler {

	/** Creates the handler; the workbench calls this. */
	public UndoLastSyncHandler() {
	}

	@Override
	void run(SourceControlPart part) {
		part.undoLastSync();
	}
}
