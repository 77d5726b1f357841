package dev.specsync.openapi.validation.internal;

import org.eclipse.osgi.util.NLS;

/** The schema validator's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.openapi.validation.internal.messages"; //$NON-NLS-1$

	public static String SchemaValidator_missing;
	public static String SchemaValidator_missingHint;
	public static String SchemaValidator_unexpected;
	public static String SchemaValidator_unexpectedHint;
	public static String SchemaValidator_wrongType;
	public static String SchemaValidator_repeated;
	public static String SchemaValidator_unsupported;
	public static String SchemaValidator_reserved;
	public static String SchemaValidator_other;
	public static String SchemaValidator_otherAtRoot;
	public static String SchemaValidator_tooLarge;
	public static String SchemaValidator_tooLargeHint;
	public static String SchemaValidator_tooDeep;
	public static String SchemaValidator_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
