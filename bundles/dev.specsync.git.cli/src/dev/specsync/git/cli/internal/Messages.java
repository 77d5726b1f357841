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
	public static String Git_missingDirectory;
	public static String CloneCommand_summary;
	public static String CloneCommand_usage;
	public static String CloneCommand_missingArguments;
	public static String CloneCommand_cloned;
	public static String StatusCommand_summary;
	public static String StatusCommand_usage;
	public static String StatusCommand_branch;
	public static String StatusCommand_branchTracking;
	public static String StatusCommand_operation;
	public static String StatusCommand_conflicts;
	public static String StatusCommand_staged;
	public static String StatusCommand_changed;
	public static String StatusCommand_untracked;
	public static String StatusCommand_clean;
	public static String CommitCommand_summary;
	public static String CommitCommand_usage;
	public static String CommitCommand_missingMessage;
	public static String CommitCommand_noAuthor;
	public static String CommitCommand_committed;
	public static String PullCommand_summary;
	public static String PullCommand_usage;
	public static String PullCommand_done;
	public static String PullCommand_undo;
	public static String PushCommand_summary;
	public static String PushCommand_usage;
	public static String PushCommand_noLease;
	public static String PushCommand_badLease;
	public static String PushCommand_server;
	public static String PushCommand_done;
	public static String PushCommand_upToDate;
	public static String UndoCommand_summary;
	public static String UndoCommand_usage;
	public static String UndoCommand_nothing;
	public static String UndoCommand_done;
	public static String BranchCommand_summary;
	public static String BranchCommand_usage;
	public static String BranchCommand_tracking;
	public static String BranchCommand_created;
	public static String BranchCommand_switched;
	public static String BranchCommand_deleted;
	public static String BranchCommand_upstream;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
