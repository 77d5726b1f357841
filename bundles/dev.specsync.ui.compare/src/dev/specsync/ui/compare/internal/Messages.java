package dev.specsync.ui.compare.internal;

import org.eclipse.osgi.util.NLS;

/** The compare view's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.ui.compare.internal.messages"; //$NON-NLS-1$

	public static String Part_fileBroken;
	public static String Part_changesApi;
	public static String Part_changeFile;
	public static String Part_summaryBroken;
	public static String Session_notResolvedEdit;
	public static String Session_nothingWritten;
	public static String Session_snapshotReason;
	public static String Session_noSnapshot;
	public static String Session_allPutBack;
	public static String Session_notPutBack;
	public static String Session_editProblem;
	public static String Part_editJob;
	public static String Part_conflictsIn;
	public static String Part_changesIn;
	public static String Part_previewTip;
	public static String Part_validEdited;
	public static String Part_validEditProblem;
	public static String Part_validElsewhere;
	public static String Part_applyAll;
	public static String Session_unreadable;
	public static String Session_deletedLocally;
	public static String Session_deletedRemotely;
	public static String Session_noChanges;
	public static String Session_badChoice;
	public static String Session_cannotStore;
	public static String Session_notResolved;
	public static String Session_cannotWrite;
	public static String Session_cannotStage;
	public static String Session_noIdentity;
	public static String Session_defaultMessage;
	public static String Session_noUpstream;
	public static String Session_noSuchRevision;
	public static String Part_compareRevisionLabel;
	public static String Part_compareRevisionsLabel;
	public static String Part_remoteName;
	public static String Part_localName;
	public static String Session_compareRevisionsTitle;
	public static String Revision_left;
	public static String Revision_right;
	public static String Revision_workingTree;
	public static String Part_revision;
	public static String Revision_title;
	public static String Revision_message;
	public static String Revision_compare;
	public static String Revision_empty;
	public static String Revision_resolved;
	public static String Revision_kindBranch;
	public static String Revision_kindRemoteBranch;
	public static String Revision_kindTag;
	public static String Revision_resolvedCommit;
	public static String Session_compareTitle;
	public static String Part_compareLabel;
	public static String Part_compareFile;
	public static String Session_noSuchFile;
	public static String Part_loadJob;
	public static String Part_chooseJob;
	public static String Part_applyJob;
	public static String Part_commitJob;
	public static String Part_loading;
	public static String Part_noWorkspaceTitle;
	public static String Part_noWorkspace;
	public static String Part_noMergeTitle;
	public static String Part_noMerge;
	public static String Part_readyTitle;
	public static String Part_ready;
	public static String Part_committedTitle;
	public static String Part_committed;
	public static String Part_files;
	public static String Part_fileConflicts;
	public static String Part_fileResolved;
	public static String Part_fileUnusable;
	public static String Part_local;
	public static String Part_remote;
	public static String Part_previous;
	public static String Part_next;
	public static String Part_previousTip;
	public static String Part_nextTip;
	public static String Part_position;
	public static String Part_noDifferences;
	public static String Part_keepLocalFile;
	public static String Part_keepRemoteFile;
	public static String Part_keepLocalFileTip;
	public static String Part_keepRemoteFileTip;
	public static String Part_mergeByConflict;
	public static String Part_conflicts;
	public static String Part_conflictWhere;
	public static String Part_conflictLocal;
	public static String Part_conflictRemote;
	public static String Part_conflictChoice;
	public static String Part_keepLocal;
	public static String Part_keepRemote;
	public static String Part_keepBoth;
	public static String Part_editValue;
	public static String Part_editTitle;
	public static String Part_editPrompt;
	public static String Part_editBad;
	public static String Part_open;
	public static String Part_chosenOurs;
	public static String Part_chosenTheirs;
	public static String Part_chosenBoth;
	public static String Part_chosenCustom;
	public static String Part_absent;
	public static String Part_changes;
	public static String Part_changesCount;
	public static String Part_severity;
	public static String Part_change;
	public static String Part_lines;
	public static String Part_changeOf;
	public static String Part_breaking;
	public static String Part_potentiallyBreaking;
	public static String Part_nonBreaking;
	public static String Part_documentation;
	public static String Part_preview;
	public static String Part_validOpen;
	public static String Part_validProblem;
	public static String Part_validReady;
	public static String Part_validWhole;
	public static String Part_wholeLocal;
	public static String Part_wholeRemote;
	public static String Part_apply;
	public static String Part_applyTip;
	public static String Part_commit;
	public static String Part_commitTip;
	public static String Part_summary;
	public static String Part_summaryChosen;
	public static String Part_summaryDone;
	public static String Part_failed;
	public static String Part_noService;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
