package dev.specsync.diff;

/** A document that cannot be compared: it is not an OpenAPI description. The message is for the user. */
public final class DiffException extends Exception {
	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message what is wrong and with which document, for the user
	 */
	public DiffException(String message) {
		super(message);
	}
}
