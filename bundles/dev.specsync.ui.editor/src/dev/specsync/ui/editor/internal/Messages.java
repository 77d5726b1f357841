package dev.specsync.ui.editor.internal;

import org.eclipse.osgi.util.NLS;

/** The editor's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.ui.editor.internal.messages"; //$NON-NLS-1$

	public static String Editor_keepMine;
	public static String Editor_loadDisk;
	public static String Editor_cannotRead;
	public static String Editor_notUtf8;
	public static String Editor_saveFailedTitle;
	public static String Editor_saveFailed;
	public static String Editor_changedWhileEditing;
	public static String Editor_deletedWhileEditing;
	public static String Outline_empty;
	public static String Outline_paths;
	public static String Outline_schemas;
	public static String Outline_responses;
	public static String Outline_parameters;
	public static String Outline_requestBodies;
	public static String Outline_properties;
	public static String Problems_description;
	public static String Problems_file;
	public static String Problems_line;
	public static String Problems_none;
	public static String Problems_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
