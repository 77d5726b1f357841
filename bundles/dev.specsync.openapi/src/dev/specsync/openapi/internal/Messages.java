package dev.specsync.openapi.internal;

import org.eclipse.osgi.util.NLS;

/** The OpenAPI commands' user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.openapi.internal.messages"; //$NON-NLS-1$

	public static String ApiFileSet_badPath;
	public static String ApiFileSet_cycle;
	public static String ApiFileSet_cycleHint;
	public static String ApiFileSet_escapes;
	public static String ApiFileSet_escapesByLink;
	public static String ApiFileSet_escapesHint;
	public static String ApiFileSet_folder;
	public static String ApiFileSet_missingFile;
	public static String ApiFileSet_missingFileHint;
	public static String ApiFileSet_missingPointer;
	public static String ApiFileSet_missingPointerKeys;
	public static String ApiFileSet_missingPointerPrefix;
	public static String ApiFileSet_noVersion;
	public static String ApiFileSet_notAPointer;
	public static String ApiFileSet_notAPointerHint;
	public static String ApiFileSet_remoteNotFetched;
	public static String ApiFileSet_remoteNotFetchedHint;
	public static String ApiFileSet_remoteOff;
	public static String ApiFileSet_remoteOffHint;
	public static String ApiFileSet_supportedVersions;
	public static String ApiFileSet_tooLarge;
	public static String ApiFileSet_tooLargeHint;
	public static String ApiFileSet_tooManyFiles;
	public static String ApiFileSet_tooManyFilesHint;
	public static String ApiFileSet_unreadable;
	public static String ApiFileSet_unsupportedScheme;
	public static String ApiFileSet_unsupportedSchemeHint;
	public static String ApiFileSet_unsupportedVersion;
	public static String ApiFileSet_unusable;
	public static String ApiFileSet_unusableHint;
	public static String BundleCommand_failed;
	public static String BundleCommand_noRoot;
	public static String BundleCommand_notBundled;
	public static String BundleCommand_notFound;
	public static String BundleCommand_oneRoot;
	public static String BundleCommand_outputArgument;
	public static String BundleCommand_summary;
	public static String BundleCommand_unknownOption;
	public static String BundleCommand_unreadable;
	public static String BundleCommand_unwritable;
	public static String BundleCommand_usage;
	public static String Bundler_cycle;
	public static String Bundler_unparsable;
	public static String ValidateCommand_accessDenied;
	public static String ValidateCommand_counts;
	public static String ValidateCommand_hint;
	public static String ValidateCommand_noArguments;
	public static String ValidateCommand_noFiles;
	public static String ValidateCommand_noSchemaValidator;
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
