package dev.specsync.provider.generic.internal;

import org.eclipse.osgi.util.NLS;

/** The generic provider's user-visible texts, from {@code messages.properties}. */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.specsync.provider.generic.internal.messages"; //$NON-NLS-1$

	public static String displayName;
	public static String field_url;
	public static String field_url_help;
	public static String field_username;
	public static String field_username_token_help;
	public static String field_username_help;
	public static String field_token;
	public static String field_token_help;
	public static String field_password;
	public static String field_password_help;
	public static String field_username_ssh_help;
	public static String field_sshKeyFile;
	public static String field_sshKeyFile_help;
	public static String field_passphrase;
	public static String field_passphrase_help;
	public static String sshKeyRejected_cause;
	public static String sshKeyRejected_fix;
	public static String sshKeyMissing_cause;
	public static String sshKeyMissing_fix;
	public static String anonymous;
	public static String task_connect;
	public static String task_createBranch;
	public static String invalidUrl_cause;
	public static String invalidUrl_fix;
	public static String unknownHost_cause;
	public static String unknownHost_fix;
	public static String connectionRefused_cause;
	public static String connectionRefused_fix;
	public static String timeout_cause;
	public static String timeout_fix;
	public static String tls_cause;
	public static String tls_fix;
	public static String tokenRejected_cause;
	public static String tokenRejected_fix;
	public static String passwordRejected_cause;
	public static String passwordRejected_fix;
	public static String credentialsRequired_cause;
	public static String credentialsRequired_fix;
	public static String permissionDenied_cause;
	public static String permissionDenied_fix;
	public static String pushDisabled_cause;
	public static String pushDisabled_fix;
	public static String notARepository_cause;
	public static String notARepository_fix;
	public static String ioFailure_cause;
	public static String ioFailure_fix;
	public static String invalidBranchName_cause;
	public static String invalidBranchName_fix;
	public static String branchExists_cause;
	public static String branchExists_fix;
	public static String startPointMissing_cause;
	public static String startPointMissing_fix;
	public static String pushRejected_cause;
	public static String pushRejected_fix;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
