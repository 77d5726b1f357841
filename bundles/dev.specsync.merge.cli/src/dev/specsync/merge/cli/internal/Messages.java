package dev.specsync.merge.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The merge commands' user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.merge.cli.internal.messages"; //$NON-NLS-1$

	public static String Merge_arguments;
	public static String Merge_clean;
	public static String Merge_conflicts;
	public static String Merge_failed;
	public static String Merge_notFound;
	public static String Merge_outputArgument;
	public static String Merge_summary;
	public static String Merge_unknownOption;
	public static String Merge_unreadable;
	public static String Merge_unwritable;
	public static String Merge_usage;
	public static String Driver_arguments;
	public static String Driver_conflicts;
	public static String Driver_fallback;
	public static String Driver_failed;
	public static String Driver_stateNotSaved;
	public static String Driver_summary;
	public static String Driver_usage;
	public static String Resolve_aborted;
	public static String Resolve_badChoice;
	public static String Resolve_badValue;
	public static String Resolve_done;
	public static String Resolve_noMerge;
	public static String Resolve_noMerges;
	public static String Resolve_noRepository;
	public static String Resolve_open;
	public static String Resolve_progress;
	public static String Resolve_summary;
	public static String Resolve_unknownOption;
	public static String Resolve_usage;
	public static String Resolve_wholeFile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
