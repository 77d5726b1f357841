package dev.specsync.diff.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The diff command's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.diff.cli.internal.messages"; //$NON-NLS-1$

	public static String DiffCommand_badFailOn;
	public static String DiffCommand_badFormat;
	public static String DiffCommand_invalid;
	public static String DiffCommand_missingValue;
	public static String DiffCommand_summary;
	public static String DiffCommand_summaryLine;
	public static String DiffCommand_twoFiles;
	public static String DiffCommand_unknownOption;
	public static String DiffCommand_unreadable;
	public static String DiffCommand_unusable;
	public static String DiffCommand_usage;
	public static String Git_badRevision;
	public static String Git_noPath;
	public static String Git_noRepository;
	public static String Git_notAFile;
	public static String Git_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
