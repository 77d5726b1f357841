package dev.specsync.git;

import java.util.Objects;

/**
 * A user-facing description of why a Git operation failed and what the user can do about it.
 *
 * <p>Immutable and thread-safe. Both texts are already redacted: they never contain credentials,
 * tokens or URLs with user information. They are never {@code null} and never empty.
 *
 * @param code machine-readable category, for choosing an icon or a follow-up action
 * @param cause what went wrong, in one or two sentences a user understands
 * @param fix what the user should do next
 */
public record Diagnostic(Code code, String cause, String fix) {

	/** Category of a failure. */
	public enum Code {
		/** The disk (or quota) holding the repository has no space left. */
		DISK_FULL,
		/** The operating system refused to read or write a file. */
		PERMISSION_DENIED,
		/** Another process (usually another Git command) holds a lock on the repository. */
		LOCKED,
		/** Repository data is damaged or a snapshot cannot be read. */
		CORRUPT,
		/** A requested snapshot or object does not exist (any more). */
		NOT_FOUND,
		/** The repository is in a shape this component does not support (bare, submodules). */
		UNSUPPORTED,
		/** Any other input/output failure. */
		IO,
		/** The server refused the credentials, or none were available for a server that requires them. */
		AUTHENTICATION,
		/** The server cannot be reached, or the connection broke during the transfer. */
		NETWORK,
		/** The server refused an update (not a fast-forward, a hook, a stale lease). */
		REJECTED,
		/** Changes conflict; the conflicting paths are listed by the result. */
		CONFLICT,
		/** The caller's input cannot be used (empty commit message, unknown branch, malformed URL). */
		INVALID_INPUT,
		/** The user cancelled the operation. */
		CANCELLED
	}

	/**
	 * Redacts both texts (see {@link Redactor#redact(String)}) and checks them.
	 *
	 * @throws NullPointerException if any component is {@code null}
	 * @throws IllegalArgumentException if {@code cause} or {@code fix} is blank
	 */
	public Diagnostic {
		Objects.requireNonNull(code, "code");
		cause = Redactor.redact(Objects.requireNonNull(cause, "cause"));
		fix = Redactor.redact(Objects.requireNonNull(fix, "fix"));
		if (cause.isBlank() || fix.isBlank()) {
			throw new IllegalArgumentException("cause and fix must not be blank");
		}
	}

	/** Returns {@code cause + " " + fix}, suitable as a single-line message. */
	public String userMessage() {
		return cause + " " + fix;
	}
}
