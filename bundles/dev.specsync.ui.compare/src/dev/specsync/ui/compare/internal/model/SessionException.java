package dev.specsync.ui.compare.internal.model;

/** A step of a {@link MergeSession} that failed; the message names the cause and the fix. Nothing half-done. */
public final class SessionException extends Exception {
	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message the cause and the fix, for people
	 * @param cause the underlying failure, or {@code null}
	 */
	public SessionException(String message, Throwable cause) {
		super(message, cause);
	}
}
