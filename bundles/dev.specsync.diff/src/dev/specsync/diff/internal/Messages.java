package dev.specsync.diff.internal;

import org.eclipse.osgi.util.NLS;

/** The differ's user-visible texts, from {@code messages.properties}; rule sentences are in {@code rules.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.diff.internal.messages"; //$NON-NLS-1$

	public static String Diff_invalidFileSet;
	public static String Diff_notOpenApi;
	public static String Report_breaking;
	public static String Report_breakingOperations;
	public static String Report_changedOperations;
	public static String Report_changes;
	public static String Report_documentation;
	public static String Report_markdownTableHead;
	public static String Report_markdownTitle;
	public static String Report_nonBreaking;
	public static String Report_potentiallyBreaking;
	public static String Report_summaryLine;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
