package dev.specsync.credentials;

/**
 * Secure storage could not be opened, read or written. The message says which operation failed, for which
 * host and account, why (as secure storage reported it) and what to do; it never holds a secret.
 */
public class CredentialStoreException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message what failed and what to do, without secrets
	 * @param cause the secure storage failure, or {@code null}
	 */
	public CredentialStoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
