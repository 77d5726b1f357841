package dev.specsync.ui.scm.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import dev.specsync.ui.scm.internal.SourceControlPart;
import dev.specsync.workspace.Workspace;

/**
 * A Repository menu command: shows the Source Control part and lets it act, so the menu and the part's buttons do
 * the same. Enabled while a workspace is open.
 */
abstract class ScmHandler {

	/**
	 * Whether a workspace is open.
	 *
	 * @param workspace the open workspace, if any
	 * @return whether the command can run
	 */
	@CanExecute
	public boolean canExecute(@Optional Workspace workspace) {
		return workspace != null;
	}

	/**
	 * Shows the part and acts.
	 *
	 * @param parts the part service
	 */
	@Execute
	public void execute(EPartService parts) {
		MPart part = parts.showPart(SourceControlPart.PART_ID, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof SourceControlPart scm) {
			run(scm);
		}
	}

	/**
	 * Acts on the part.
	 *
	 * @param part the Source Control part
	 */
	abstract void run(SourceControlPart part);
}
