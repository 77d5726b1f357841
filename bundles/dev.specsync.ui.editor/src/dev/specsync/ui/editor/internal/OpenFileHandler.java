package dev.specsync.ui.editor.internal;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import dev.specsync.ui.workbench.UiCommands;
import dev.specsync.ui.workbench.UiContext;
import dev.specsync.workspace.Workspace;

/**
 * Handles Open File: activates the editor of the file if one is open, otherwise opens one in the editor stack,
 * then shows the requested line.
 */
public final class OpenFileHandler {

	/** Creates the handler; the workbench calls this. */
	public OpenFileHandler() {
	}

	/**
	 * Opens the file.
	 *
	 * @param path the file's absolute path
	 * @param line the 1-based line to show, or null
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 * @param workspace the open workspace, to name the editor's tab
	 */
	@Execute
	public void execute(@Named(UiCommands.OPEN_FILE_PATH) String path, @Optional @Named(UiCommands.OPEN_FILE_LINE) String line,
			EPartService parts, EModelService models, MApplication application, @Optional Workspace workspace) {
		Path file = Path.of(path).toAbsolutePath().normalize();
		MPart part = find(parts, file);
		if (part == null) {
			part = parts.createPart(UiContext.EDITOR_DESCRIPTOR);
			part.setLabel(file.getFileName().toString());
			part.setTooltip(workspace != null && file.startsWith(workspace.root())
					? workspace.root().relativize(file).toString().replace('\\', '/') : file.toString());
			part.getPersistedState().put(DefinitionEditorPart.FILE_KEY, file.toString());
			MPartStack stack = (MPartStack) models.find(UiContext.EDITOR_STACK, application);
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		if (line != null && part.getObject() instanceof DefinitionEditorPart editor) {
			try {
				editor.revealLine(Integer.parseInt(line));
			} catch (NumberFormatException e) {
				// no line then
			}
		}
	}

	private static MPart find(EPartService parts, Path file) {
		for (MPart part : parts.getParts()) {
			String open = part.getPersistedState().get(DefinitionEditorPart.FILE_KEY);
			if (UiContext.EDITOR_DESCRIPTOR.equals(part.getElementId()) && open != null && Path.of(open).equals(file)) {
				return part;
			}
		}
		return null;
	}
}
