package dev.specsync.ui.connect.internal;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.specsync.ui.connect.internal.model.RepositoryConnector;
import dev.specsync.workspace.ApiDefinition;
import dev.specsync.workspace.Workspace;

/**
 * Repository &gt; Disconnect…: asks for the connected API's name, removes the remote and the connection settings
 * ({@link RepositoryConnector#disconnect()}), and says what it did. Files and history stay.
 */
public final class DisconnectHandler {

	/**
	 * Whether a workspace is open.
	 *
	 * @param workspace the open workspace, if any
	 * @return whether the command is enabled
	 */
	@CanExecute
	public boolean canExecute(@Optional Workspace workspace) {
		return workspace != null;
	}

	/**
	 * Confirms and disconnects.
	 *
	 * @param shell the active shell
	 * @param workspace the open workspace
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional Workspace workspace) {
		if (workspace == null) {
			MessageDialog.openInformation(shell, Messages.Connect_noWorkspaceTitle, Messages.Connect_noWorkspace);
			return;
		}
		RepositoryConnector connector = new RepositoryConnector(workspace.root());
		try {
			java.util.Optional<RepositoryConnector.StoredConnection> current = connector.current();
			if (current.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Disconnect_notConnectedTitle, NLS.bind(
						Messages.Disconnect_notConnected, workspace.root().getFileName(), RepositoryConnector.REMOTE));
				return;
			}
			String name = apiName(workspace, current.get().apiId());
			DisconnectDialog dialog = new DisconnectDialog(shell, name, RepositoryConnector.REMOTE,
					current.get().remoteUrl());
			if (dialog.open() != Window.OK) {
				return;
			}
			List<String> done = connector.disconnect();
			MessageDialog.openInformation(shell, Messages.Disconnect_doneTitle, NLS.bind(Messages.Disconnect_done, name,
					"\u2022 " + String.join("\n\u2022 ", done))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Disconnect_shellTitle, NLS.bind(Messages.Disconnect_failed, e.getMessage()));
		}
	}

	/** The name of the connected API, else the manifest's first API, else the workspace folder's name. */
	private static String apiName(Workspace workspace, String apiId) {
		List<ApiDefinition> apis = workspace.manifest().apis();
		return apis.stream().filter(a -> a.id().equals(apiId)).findFirst()
				.or(() -> apis.stream().findFirst()).map(ApiDefinition::name)
				.orElse(workspace.root().getFileName().toString());
	}
}
