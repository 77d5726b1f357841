package dev.specsync.ui.workbench.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File &gt; Save (Ctrl+S): saves the active part through its {@code @Persist} method, when it is dirty. */
public final class SaveHandler {

	/** Creates the handler; the workbench calls this. */
	public SaveHandler() {
	}

	/**
	 * Whether there is something to save.
	 *
	 * @param part the active part
	 * @return true when the active part has unsaved changes
	 */
	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.isDirty();
	}

	/**
	 * Saves the active part.
	 *
	 * @param parts the part service
	 * @param part the active part
	 */
	@Execute
	public void execute(EPartService parts, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		parts.savePart(part, false);
	}
}
