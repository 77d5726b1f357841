package dev.specsync.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.cli.internal.messages"; //$NON-NLS-1$

	public static String CliApplication_noRegistry;
	public static String Command_unexpectedArguments;
	public static String CommandLine_missingBuiltin;
	public static String CommandLine_noCommand;
	public static String CommandLine_unknownCommand;
	public static String CommandLine_unknownCommandSuggestion;
	public static String CommandLine_unknownOption;
	public static String HelpCommand_footer;
	public static String HelpCommand_header;
	public static String HelpCommand_summary;
	public static String HelpCommand_usage;
	public static String VersionCommand_runtime;
	public static String VersionCommand_summary;
	public static String VersionCommand_usage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
