package dev.specsync.demo.internal;

import org.eclipse.osgi.util.NLS;

/** The demo's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.demo.internal.messages"; //$NON-NLS-1$

	public static String DemoWorkspace_notEmpty;
	public static String DemoWorkspace_notAFolder;
	public static String DemoBuilder_missingContent;
	public static String DemoBuilder_pushRejected;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
