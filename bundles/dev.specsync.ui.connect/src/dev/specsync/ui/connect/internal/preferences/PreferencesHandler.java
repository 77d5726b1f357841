package dev.specsync.ui.connect.internal.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.preference.IPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.specsync.credentials.CredentialStore;
import dev.specsync.net.NetworkSettings;
import dev.specsync.net.ProxyCredentials;
import dev.specsync.ui.connect.PreferencePageContribution;
import dev.specsync.ui.connect.internal.Messages;
import dev.specsync.workspace.Workspace;

/**
 * Window &gt; Preferences…: a JFace preference dialog with the built-in pages (Author, Directories, Accounts,
 * Network, Certificates)
 * and every {@link PreferencePageContribution} service registered now, ordered by {@link PreferencePageContribution#order()}.
 */
public final class PreferencesHandler {

	/** The dialog's shell title, for tests. */
	public static final String TITLE = Messages.Preferences_title;

	/**
	 * Opens the dialog.
	 *
	 * @param shell the active shell
	 * @param workspace the open workspace, whose Git configuration gives the author's defaults
	 * @param store the secure store, absent when the credentials bundle is not running
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional Workspace workspace,
			@Optional CredentialStore store) {
		Path root = workspace == null ? null : workspace.root();
		List<PreferencePageContribution> pages = new ArrayList<>(List.of(
				BuiltInPage.of("dev.specsync.ui.preferences.author", Messages.Author_page, 100, () -> new AuthorPage(root)), //$NON-NLS-1$
				BuiltInPage.of("dev.specsync.ui.preferences.directories", Messages.Directories_page, 200, DirectoriesPage::new), //$NON-NLS-1$
				BuiltInPage.of("dev.specsync.ui.preferences.accounts", Messages.Accounts_page, 300, () -> new AccountsPage(store)))); //$NON-NLS-1$
		BundleContext context = context();
		ServiceReference<NetworkSettings> networkReference = context == null ? null
				: context.getServiceReference(NetworkSettings.class);
		NetworkSettings network = networkReference == null ? null : context.getService(networkReference);
		ServiceReference<ProxyCredentials> proxyReference = context == null ? null
				: context.getServiceReference(ProxyCredentials.class);
		ProxyCredentials proxyCredentials = proxyReference == null ? null : context.getService(proxyReference);
		pages.add(BuiltInPage.of("dev.specsync.ui.preferences.network", Messages.Network_page, 400, //$NON-NLS-1$
				() -> new NetworkPage(proxyCredentials)));
		pages.add(BuiltInPage.of("dev.specsync.ui.preferences.certificates", Messages.Certificates_page, 500, //$NON-NLS-1$
				() -> new CertificatesPage(network)));
		List<ServiceReference<PreferencePageContribution>> references = new ArrayList<>();
		if (context != null) {
			try {
				references.addAll(context.getServiceReferences(PreferencePageContribution.class, null));
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e); // no filter is given
			}
			for (ServiceReference<PreferencePageContribution> reference : references) {
				PreferencePageContribution contribution = context.getService(reference);
				if (contribution != null) {
					pages.add(contribution);
				}
			}
		}
		try {
			PreferenceManager manager = new PreferenceManager();
			pages.sort(Comparator.comparingInt(PreferencePageContribution::order));
			for (PreferencePageContribution page : pages) {
				manager.addToRoot(new ContributedNode(page));
			}
			PreferenceDialog dialog = new PreferenceDialog(shell, manager) {
				@Override
				protected void configureShell(Shell newShell) {
					super.configureShell(newShell);
					newShell.setText(Messages.Preferences_title);
				}
			};
			dialog.setMinimumPageSize(480, 320);
			dialog.open();
		} finally {
			for (ServiceReference<PreferencePageContribution> reference : references) {
				context.ungetService(reference);
			}
			if (networkReference != null) {
				context.ungetService(networkReference);
			}
		}
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(PreferencesHandler.class);
		return bundle == null ? null : bundle.getBundleContext();
	}

	/** A node whose page the contribution creates when the user first shows it. */
	private static final class ContributedNode extends PreferenceNode {
		private final PreferencePageContribution contribution;

		ContributedNode(PreferencePageContribution contribution) {
			super(contribution.id());
			this.contribution = contribution;
		}

		@Override
		public String getLabelText() {
			return contribution.label();
		}

		@Override
		public void createPage() {
			IPreferencePage page = contribution.createPage();
			if (page.getTitle() == null || page.getTitle().isEmpty()) {
				page.setTitle(contribution.label());
			}
			setPage(page);
		}
	}

	/** The built-in pages, contributed the same way as other bundles' pages. */
	private record BuiltInPage(String id, String label, int order, java.util.function.Supplier<IPreferencePage> factory)
			implements PreferencePageContribution {

		static BuiltInPage of(String id, String label, int order, java.util.function.Supplier<IPreferencePage> factory) {
			return new BuiltInPage(id, label, order, factory);
		}

		@Override
		public IPreferencePage createPage() {
			return factory.get();
		}
	}
}
