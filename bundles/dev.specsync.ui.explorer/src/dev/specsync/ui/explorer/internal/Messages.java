package dev.specsync.ui.explorer.internal;

import org.eclipse.osgi.util.NLS;

/** The Explorer's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.ui.explorer.internal.messages"; //$NON-NLS-1$

	public static String Explorer_noWorkspaceTitle;
	public static String Explorer_noWorkspace;
	public static String Explorer_openingTitle;
	public static String Explorer_opening;
	public static String Explorer_failedTitle;
	public static String Explorer_noApis;
	public static String Explorer_noRepository;
	public static String Explorer_noRoot;
	public static String Explorer_root;
	public static String Explorer_rootOf;
	public static String Explorer_unreadable;
	public static String Explorer_missingRoot;
	public static String Explorer_definition;
	public static String Explorer_collections;
	public static String Explorer_noCollections;
	public static String Explorer_notACollection;
	public static String Explorer_fromInsomnia;
	public static String Explorer_insomniaUnreadable;
	public static String Explorer_errors;
	public static String Explorer_modified;
	public static String Explorer_added;
	public static String Explorer_conflict;
	public static String Explorer_refreshJob;
	public static String Explorer_request;
	public static String Explorer_requests;
	public static String Refactoring_badName;
	public static String Refactoring_missing;
	public static String Refactoring_sameName;
	public static String Refactoring_exists;
	public static String Refactoring_cannotEdit;
	public static String Refactoring_renamed;
	public static String Refactoring_renamedWithReference;
	public static String Refactoring_renamedWithReferences;
	public static String Refactoring_undoRename;
	public static String Refactoring_undoDelete;
	public static String Refactoring_deleted;
	public static String Refactoring_undoBlocked;
	public static String Refactoring_changedSince;
	public static String Explorer_rename;
	public static String Explorer_delete;
	public static String Explorer_open;
	public static String Explorer_renameTitle;
	public static String Explorer_renameMessage;
	public static String Explorer_deleteTitle;
	public static String Explorer_deleteMessage;
	public static String Explorer_deleteReferenced;
	public static String Explorer_refactoringFailed;
	public static String Explorer_undoTooltip;
	public static String Explorer_unsavedEdits;
	public static String Explorer_unsavedEditsReferring;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
