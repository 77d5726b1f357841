package dev.specsync.openapi.internal;

import org.eclipse.osgi.util.NLS;

/** The OpenAPI commands' user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.openapi.internal.messages"; //$NON-NLS-1$

	public static String ValidateCommand_accessDenied;
	public static String ValidateCommand_counts;
	public static String ValidateCommand_hint;
	public static String ValidateCommand_noArguments;
	public static String ValidateCommand_noFiles;
	public static String ValidateCommand_noSuchFile;
	public static String ValidateCommand_notFound;
	public static String ValidateCommand_summary;
	public static String ValidateCommand_unknownOption;
	public static String ValidateCommand_unreadable;
	public static String ValidateCommand_usage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
