package dev.specsync.provider.local.internal;

import org.eclipse.osgi.util.NLS;

/** The local provider's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.provider.local.internal.messages"; //$NON-NLS-1$

	public static String displayName;
	public static String field_path;
	public static String field_path_help;
	public static String account;
	public static String task_listBranches;
	public static String task_createBranch;
	public static String pathMissing_cause;
	public static String pathMissing_fix;
	public static String pathInvalid_cause;
	public static String pathInvalid_fix;
	public static String notFound_cause;
	public static String notFound_fix;
	public static String notADirectory_cause;
	public static String notADirectory_fix;
	public static String notARepository_cause;
	public static String notARepository_fix;
	public static String insideRepository_cause;
	public static String insideRepository_fix;
	public static String unreadable_cause;
	public static String unreadable_fix;
	public static String notWritable_cause;
	public static String notWritable_fix;
	public static String invalidBranchName_cause;
	public static String invalidBranchName_fix;
	public static String branchExists_cause;
	public static String branchExists_fix;
	public static String startPointMissing_cause;
	public static String startPointMissing_fix;
	public static String locked_cause;
	public static String locked_fix;
	public static String ioFailure_cause;
	public static String ioFailure_fix;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
