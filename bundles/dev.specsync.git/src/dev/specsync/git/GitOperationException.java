package dev.specsync.git;

import java.util.Objects;

/**
 * Checked failure of a Git operation, carrying a {@link Diagnostic} that names the cause and the fix.
 *
 * <p>{@link #getMessage()} returns the redacted user message. The optional Java cause is kept for
 * logs; its own message is not shown to the user and may be less polished, but exceptions created
 * by this package never put credentials into it either.
 */
public class GitOperationException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Diagnostic diagnostic;

	/**
	 * Creates an exception whose message is {@code diagnostic.userMessage()}.
	 *
	 * @param diagnostic non-null description for the user
	 * @param cause underlying exception, may be {@code null}
	 */
	public GitOperationException(Diagnostic diagnostic, Throwable cause) {
		super(Objects.requireNonNull(diagnostic, "diagnostic").userMessage(), cause);
		this.diagnostic = diagnostic;
	}

	/**
	 * Creates an exception without an underlying cause.
	 *
	 * @param diagnostic non-null description for the user
	 */
	public GitOperationException(Diagnostic diagnostic) {
		this(diagnostic, null);
	}

	/**
	 * The cause and the fix, for the user.
	 *
	 * @return the diagnostic, never {@code null}
	 */
	public Diagnostic diagnostic() {
		return diagnostic;
	}

	/**
	 * The category of the failure, for choosing a follow-up action.
	 *
	 * @return shorthand for {@code diagnostic().code()}, never {@code null}
	 */
	public Diagnostic.Code code() {
		return diagnostic.code();
	}
}
