package dev.specsync.git.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The snapshot commands' user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.git.cli.internal.messages"; //$NON-NLS-1$

	public static String Command_cannotOpenRepository;
	public static String Command_failed;
	public static String Command_notAWorkingTree;
	public static String Command_unexpectedArguments;
	public static String RestoreCommand_ambiguousSnapshot;
	public static String RestoreCommand_missingSnapshot;
	public static String RestoreCommand_restored;
	public static String RestoreCommand_summary;
	public static String RestoreCommand_undo;
	public static String RestoreCommand_unknownSnapshot;
	public static String RestoreCommand_usage;
	public static String SnapshotsCommand_columnBranch;
	public static String SnapshotsCommand_columnId;
	public static String SnapshotsCommand_columnReason;
	public static String SnapshotsCommand_columnTime;
	public static String SnapshotsCommand_detached;
	public static String SnapshotsCommand_none;
	public static String SnapshotsCommand_summary;
	public static String SnapshotsCommand_usage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
