package dev.specsync.ui.connect.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.specsync.credentials.CredentialStore;
import dev.specsync.credentials.CredentialStoreException;
import dev.specsync.provider.GitProvider;
import dev.specsync.provider.registry.ProviderRegistry;
import dev.specsync.ui.connect.internal.model.ApiChoice;
import dev.specsync.ui.connect.internal.model.ConnectForm;
import dev.specsync.ui.connect.internal.model.ConnectionSettings;
import dev.specsync.ui.connect.internal.model.RepositoryConnector;
import dev.specsync.ui.connect.internal.preferences.Preferences;
import dev.specsync.workspace.Workspace;
import dev.specsync.workspace.WorkspaceException;

/**
 * Repository &gt; Connect Repository…: opens the {@link ConnectDialog} on the open workspace, then keeps the
 * secret in the {@link CredentialStore} (and nowhere else) and writes the remote and the manifest through the
 * {@link RepositoryConnector}. Says what it did; on failure says why and reopens nothing half-written: the secret
 * is stored only after the form is complete, the remote and the manifest are written after it.
 */
public final class ConnectHandler {

	/**
	 * Whether a workspace is open.
	 *
	 * @param workspace the open workspace, if any
	 * @return whether the command is enabled
	 */
	@CanExecute
	public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional Workspace workspace) {
		return workspace != null;
	}

	/**
	 * Opens the dialog and connects.
	 *
	 * @param shell the active shell
	 * @param workspace the open workspace
	 * @param registry the providers
	 * @param store the secure store, absent when the credentials bundle is not running
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@org.eclipse.e4.core.di.annotations.Optional Workspace workspace,
			@org.eclipse.e4.core.di.annotations.Optional ProviderRegistry registry,
			@org.eclipse.e4.core.di.annotations.Optional CredentialStore store) {
		if (workspace == null) {
			MessageDialog.openInformation(shell, Messages.Connect_noWorkspaceTitle, Messages.Connect_noWorkspace);
			return;
		}
		if (registry == null) {
			MessageDialog.openError(shell, Messages.Connect_shellTitle, Messages.Connect_noRegistry);
			return;
		}
		Path root = workspace.root();
		RepositoryConnector connector = new RepositoryConnector(root);
		RepositoryConnector.StoredConnection current = null;
		try {
			current = connector.current().orElse(null);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Connect_shellTitle, NLS.bind(Messages.Connect_failed, e.getMessage()));
			return;
		}
		if (current != null && current.providerId().isEmpty()) {
			// a remote set outside SpecSync: propose the provider that recognises its URL best
			String recognised = registry.providerFor(current.remoteUrl()).map(GitProvider::id).orElse(""); //$NON-NLS-1$
			current = new RepositoryConnector.StoredConnection(recognised, current.remoteUrl(), current.account(),
					current.apiId(), current.branch());
		}
		ApiChoice proposal = ApiChoice.propose(root.getFileName().toString(), workspace.manifest(), current,
				current == null ? "" : current.branch(), Preferences.schemaDirectory(), Preferences.collectionDirectory()); //$NON-NLS-1$
		ConnectDialog dialog = new ConnectDialog(shell, registry, root, proposal);
		if (dialog.open() != Window.OK) {
			if (dialog.form() != null) {
				dialog.form().clearSecret();
			}
			return;
		}
		ConnectForm form = dialog.form();
		ConnectionSettings settings = dialog.settings();
		List<String> done = new ArrayList<>();
		try {
			Optional<String> host = form.host();
			char[] secret = form.secret();
			try {
				if (secret.length > 0 && host.isPresent()) {
					if (store == null) {
						MessageDialog.openError(shell, Messages.Connect_shellTitle, Messages.Connect_storeMissing);
						return;
					}
					store.store(host.get(), settings.account(), secret);
					done.add(NLS.bind(Messages.Connect_secretStored, settings.account(), host.get()));
				}
			} finally {
				Arrays.fill(secret, '\0');
				form.clearSecret();
			}
			done.addAll(0, connector.connect(settings));
		} catch (CredentialStoreException e) {
			MessageDialog.openError(shell, Messages.Connect_shellTitle, NLS.bind(Messages.Connect_storeFailed, e.getMessage()));
			return;
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.Connect_shellTitle, NLS.bind(Messages.Connect_failed, e.getMessage()));
			return;
		} catch (WorkspaceException e) {
			String detail = e.diagnostics().isEmpty() ? String.valueOf(e.getMessage()) : e.diagnostics().get(0).message();
			MessageDialog.openError(shell, Messages.Connect_shellTitle, NLS.bind(Messages.Connect_failed, detail));
			return;
		}
		MessageDialog.openInformation(shell, Messages.Connect_doneTitle,
				NLS.bind(Messages.Connect_done, settings.remoteUrl(), "\u2022 " + String.join("\n\u2022 ", done))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
