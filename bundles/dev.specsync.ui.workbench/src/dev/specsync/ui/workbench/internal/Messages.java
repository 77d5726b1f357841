package dev.specsync.ui.workbench.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/** The workbench frame's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.ui.workbench.internal.messages"; //$NON-NLS-1$
	private static final String EMPTY_STATE_BUNDLE = "dev.specsync.ui.workbench.internal.emptystate"; //$NON-NLS-1$

	public static String AboutDialog_close;
	public static String AboutDialog_copy;
	public static String AboutDialog_copied;
	public static String AboutDialog_runtime;
	public static String AboutDialog_title;
	public static String AboutDialog_version;
	public static String LifeCycle_alreadyRunning;
	public static String LifeCycle_alreadyRunningTitle;
	public static String LifeCycle_windowTitle;
	public static String WorkspaceAddon_opening;
	public static String WorkspaceAddon_noService;
	public static String WorkspaceAddon_badManifest;
	public static String WorkspaceAddon_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The heading of an empty part, by the part's empty-state key. */
	static String emptyStateTitle(String key) {
		return emptyState(key + "_title"); //$NON-NLS-1$
	}

	/** The explanation of an empty part, by the part's empty-state key. */
	static String emptyStateText(String key) {
		return emptyState(key + "_text"); //$NON-NLS-1$
	}

	/** Empty-state texts are looked up by a key from the model, so they live apart from the NLS fields. */
	private static String emptyState(String key) {
		try {
			return ResourceBundle.getBundle(EMPTY_STATE_BUNDLE, Locale.getDefault(), Messages.class.getClassLoader())
					.getString(key);
		} catch (MissingResourceException e) {
			return ""; //$NON-NLS-1$
		}
	}
}
