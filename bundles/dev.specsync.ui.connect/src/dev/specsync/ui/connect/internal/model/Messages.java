package dev.specsync.ui.connect.internal.model;

import org.eclipse.osgi.util.NLS;

/** Texts of the connect form's checks and of what Connect and Disconnect did, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.ui.connect.internal.model.messages"; //$NON-NLS-1$

	public static String Form_required;
	public static String Form_badUrl;
	public static String Form_secretInUrl;
	public static String Form_badChoice;
	public static String Connector_remoteSet;
	public static String Connector_remoteChanged;
	public static String Connector_upstream;
	public static String Connector_branchNotLocal;
	public static String Connector_manifest;
	public static String Connector_remoteRemoved;
	public static String Connector_upstreamRemoved;
	public static String Connector_settingsRemoved;
	public static String Connector_noRepository;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
