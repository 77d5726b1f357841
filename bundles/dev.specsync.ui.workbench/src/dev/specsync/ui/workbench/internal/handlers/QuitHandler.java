package dev.specsync.ui.workbench.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Quits the workbench; open editors get the chance to save through the workbench's own close. */
public final class QuitHandler {

	/** Creates the handler; the workbench calls this. */
	public QuitHandler() {
	}

	/**
	 * Closes the workbench.
	 *
	 * @param workbench the running workbench
	 */
	@Execute
	public void execute(IWorkbench workbench) {
		workbench.close();
	}
}
