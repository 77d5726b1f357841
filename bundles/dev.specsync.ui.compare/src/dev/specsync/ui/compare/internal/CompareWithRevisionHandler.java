package dev.specsync.ui.compare.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.specsync.ui.compare.internal.model.MergeSession;
import dev.specsync.workspace.Workspace;
import jakarta.inject.Named;

/**
 * Handles Compare with Branch or Version: asks for a branch, tag or commit, then opens a compare view (without the
 * resolve controls) on the active editor's file, the working tree's file against its version there. Enabled while
 * the active part is a definition editor of the open workspace.
 */
public final class CompareWithRevisionHandler {

	/** Creates the handler; the workbench calls this. */
	public CompareWithRevisionHandler() {
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
		return CompareWithRemoteHandler.file(active, workspace) != null;
	}

	/**
	 * Asks what to compare with and opens the comparison.
	 *
	 * @param active the active part
	 * @param workspace the open workspace
	 * @param shell the active shell
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 */
	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, @Optional Workspace workspace,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts, EModelService models,
			MApplication application) {
		String path = CompareWithRemoteHandler.file(active, workspace);
		if (path == null) {
			return;
		}
		RevisionDialog dialog = new RevisionDialog(shell, workspace.root(), path);
		if (dialog.open() != Window.OK) {
			return;
		}
		String revision = dialog.revision();
		MPart part = parts.createPart(ResolveConflictsHandler.DESCRIPTOR);
		part.getPersistedState().put(ComparePart.COMPARE_FILE, path);
		part.getPersistedState().put(ComparePart.COMPARE_REVISION, revision);
		if (dialog.base() != null) {
			part.getPersistedState().put(ComparePart.COMPARE_BASE, dialog.base());
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (dialog.base() == null) {
			part.setLabel(NLS.bind(Messages.Part_compareRevisionLabel, name, dialog.label()));
			part.setTooltip(NLS.bind(Messages.Session_compareTitle, path, dialog.label()));
		} else {
			String base = MergeSession.shortName(dialog.base());
			part.setLabel(NLS.bind(Messages.Part_compareRevisionsLabel, new Object[] { name, base, dialog.label() }));
			part.setTooltip(NLS.bind(Messages.Session_compareRevisionsTitle, new Object[] { path, base, dialog.label() }));
		}
		CompareWithRemoteHandler.show(part, parts, models, application);
	}
}
