package dev.specsync.ui.workbench.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import dev.specsync.core.BuildInfo;
import dev.specsync.ui.workbench.internal.AboutDialog;

/** Opens the About dialog: product, version, build id and runtime. */
public final class AboutHandler {

	/** Creates the handler; the workbench calls this. */
	public AboutHandler() {
	}

	/**
	 * Opens the dialog over the active window.
	 *
	 * @param shell the active shell
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new AboutDialog(shell, BuildInfo.current()).open();
	}
}
