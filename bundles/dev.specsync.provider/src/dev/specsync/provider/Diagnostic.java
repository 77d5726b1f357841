package dev.specsync.provider;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user-facing statement about an operation: what happened and what the user can do about it.
 *
 * <p>Immutable and thread-safe. Both texts are complete sentences for a user, not stack traces. They must not
 * contain secrets; as a safety net the constructor masks the user information of URLs
 * ({@code https://user:token@host} becomes {@code https://***@host}), but a provider must not rely on it.
 *
 * @param severity how serious it is
 * @param code a machine-readable category, for choosing an icon or a follow-up action (for example, offering
 *            to sign in again after {@link Code#AUTHENTICATION_FAILED})
 * @param cause what happened, in one or two sentences; names the missing scope, host or branch
 * @param fix what the user should do next; may be empty for {@link Severity#INFO}
 */
public record Diagnostic(Severity severity, Code code, String cause, String fix) {

	private static final Pattern URL_USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@]+@");

	/** How serious a diagnostic is. */
	public enum Severity {
		/** For information; the operation did what was asked. */
		INFO,
		/** The operation did what was asked, with a caveat the user should know. */
		WARNING,
		/** The operation failed. */
		ERROR
	}

	/** The category of a diagnostic. Callers must tolerate constants added in later minor versions. */
	public enum Code {
		/** The server rejected the credentials (HTTP 401, SSH authentication failure). */
		AUTHENTICATION_FAILED,
		/** The credentials are valid but lack a scope (permission) the operation needs; the cause names it. */
		MISSING_SCOPE,
		/** The account is not allowed to do this (HTTP 403, push refused, file system permission). */
		PERMISSION_DENIED,
		/** The host name does not resolve. */
		UNKNOWN_HOST,
		/** Nothing listens on the host and port. */
		CONNECTION_REFUSED,
		/** The server did not answer in time. */
		TIMEOUT,
		/** The TLS handshake failed, for example an untrusted certificate. */
		TLS,
		/** The URL or path exists but is not a Git repository. */
		NOT_A_REPOSITORY,
		/** The repository, branch, organisation or webhook does not exist. */
		NOT_FOUND,
		/** What is to be created exists already. */
		ALREADY_EXISTS,
		/** An argument or a form value is invalid; the cause names it. */
		INVALID_INPUT,
		/** The provider does not implement the operation. */
		UNSUPPORTED,
		/** The user canceled the operation. */
		CANCELED,
		/** The server failed (HTTP 5xx) or answered something the provider does not understand. */
		SERVER_ERROR,
		/** Any other input/output failure. */
		IO
	}

	/**
	 * Checks the components and masks user information in URLs within the texts.
	 *
	 * @throws NullPointerException if any component is {@code null}
	 * @throws IllegalArgumentException if {@code cause} is blank, or {@code fix} is blank for a warning or an
	 *             error
	 */
	public Diagnostic {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		cause = mask(Objects.requireNonNull(cause, "cause"));
		fix = mask(Objects.requireNonNull(fix, "fix"));
		if (cause.isBlank()) {
			throw new IllegalArgumentException("cause must not be blank");
		}
		if (fix.isBlank() && severity != Severity.INFO) {
			throw new IllegalArgumentException("a warning or an error says how to fix it");
		}
	}

	/**
	 * An error.
	 *
	 * @param code the category
	 * @param cause what went wrong
	 * @param fix what to do
	 * @return the diagnostic
	 */
	public static Diagnostic error(Code code, String cause, String fix) {
		return new Diagnostic(Severity.ERROR, code, cause, fix);
	}

	/**
	 * A warning.
	 *
	 * @param code the category
	 * @param cause what the user should know
	 * @param fix what to do
	 * @return the diagnostic
	 */
	public static Diagnostic warning(Code code, String cause, String fix) {
		return new Diagnostic(Severity.WARNING, code, cause, fix);
	}

	/**
	 * The cause and the fix as one line.
	 *
	 * @return {@code cause}, followed by a space and {@code fix} when there is a fix
	 */
	public String message() {
		return fix.isEmpty() ? cause : cause + " " + fix;
	}

	private static String mask(String text) {
		return URL_USERINFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@"));
	}
}
