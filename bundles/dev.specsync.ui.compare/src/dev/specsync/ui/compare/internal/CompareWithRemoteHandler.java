package dev.specsync.ui.compare.internal;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;

import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;
import jakarta.inject.Named;

/**
 * Handles Compare with Remote: opens a compare view (without the resolve controls) on the definition file of the
 * active editor, the working tree's file against the upstream branch's version. Enabled while the active part is a
 * definition editor of the open workspace.
 */
public final class CompareWithRemoteHandler {

	/** Creates the handler; the workbench calls this. */
	public CompareWithRemoteHandler() {
	}

	/**
	 * Whether the active part is an editor of a file in the workspace.
	 *
	 * @param active the active part, or null
	 * @param workspace the open workspace, or null
	 * @return true when there is a file to compare
	 */
	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, @Optional Workspace workspace) {
		return file(active, workspace) != null;
	}

	/**
	 * Opens the comparison.
	 *
	 * @param active the active part
	 * @param workspace the open workspace
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 */
	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, @Optional Workspace workspace,
			EPartService parts, EModelService models, MApplication application) {
		String path = file(active, workspace);
		if (path == null) {
			return;
		}
		MPart part = parts.createPart(ResolveConflictsHandler.DESCRIPTOR);
		part.getPersistedState().put(ComparePart.COMPARE_FILE, path);
		part.setLabel(NLS.bind(Messages.Part_compareLabel, path.substring(path.lastIndexOf('/') + 1)));
		part.setTooltip(path);
		show(part, parts, models, application);
	}

	/**
	 * Shows a new compare view in the editor stack, maximized as Resolve Conflicts does, so both sides have room
	 * (the view gives the layout back when it closes).
	 *
	 * @param part the view, created from {@link ResolveConflictsHandler#DESCRIPTOR} with its persisted state set
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 */
	static void show(MPart part, EPartService parts, EModelService models, MApplication application) {
		MPartStack stack = (MPartStack) models.find(UiContext.EDITOR_STACK, application);
		stack.getChildren().add(part);
		if (!stack.getTags().contains(IPresentationEngine.MAXIMIZED)) {
			stack.getTags().add(IPresentationEngine.MAXIMIZED);
		}
		parts.showPart(part, PartState.ACTIVATE);
	}

	/** The active editor's file relative to the workspace root, {@code /} separated, or null. */
	static String file(MPart active, Workspace workspace) {
		if (active == null || workspace == null) {
			return null;
		}
		String open = active.getPersistedState().get(UiContext.EDITOR_FILE);
		if (open == null) {
			return null;
		}
		Path file = Path.of(open).toAbsolutePath().normalize();
		Path root = workspace.root().toAbsolutePath().normalize();
		return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : null;
	}
}
