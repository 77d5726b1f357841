package dev.specsync.ui.compare.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;

/**
 * Handles Resolve Conflicts ({@code dev.specsync.ui.command.resolveConflicts}): shows the compare-and-resolve view
 * in the editor stack (one for the workbench, created from its part descriptor the first time, with the stack
 * maximized for room until the merge is committed) and reads the open workspace's unfinished merge into it again. Enabled while a workspace is
 * open.
 */
public final class ResolveConflictsHandler {

	/** The part descriptor of the compare view. */
	public static final String DESCRIPTOR = "dev.specsync.ui.partdescriptor.compare"; //$NON-NLS-1$

	/** Creates the handler; the workbench calls this. */
	public ResolveConflictsHandler() {
	}

	/**
	 * Whether there is a workspace to resolve conflicts in.
	 *
	 * @param workspace the open workspace, or null
	 * @return true when one is open
	 */
	@CanExecute
	public boolean canExecute(@Optional Workspace workspace) {
		return workspace != null;
	}

	/**
	 * Opens the view.
	 *
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 */
	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = null;
		for (MPart candidate : parts.getParts()) {
			if (DESCRIPTOR.equals(candidate.getElementId())
					&& !candidate.getPersistedState().containsKey(ComparePart.COMPARE_FILE)) {
				part = candidate;
				break;
			}
		}
		boolean created = part == null;
		if (created) {
			part = parts.createPart(DESCRIPTOR);
			MPartStack stack = (MPartStack) models.find(UiContext.EDITOR_STACK, application);
			stack.getChildren().add(part);
			// two sides, the conflicts, the changes and the result need the room: double-click the tab to restore
			if (!stack.getTags().contains(IPresentationEngine.MAXIMIZED)) {
				stack.getTags().add(IPresentationEngine.MAXIMIZED);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
		if (!created && part.getObject() instanceof ComparePart view) {
			view.reload();
		}
	}
}
