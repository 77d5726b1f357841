package dev.specsync.git.credentials;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and a secret (password, personal access token, app password) for one remote.
 *
 * <p>Mutable only through {@link #clear()}, which overwrites the secret; not thread-safe. {@link #toString()}
 * never shows the secret.
 */
public final class Credential {

	private final String username;
	private final char[] secret;

	/**
	 * Creates a credential holding a copy of {@code secret}.
	 *
	 * @param username the user name; for token authentication where the server ignores it, any non-blank
	 *            text such as {@code "token"}; not {@code null}
	 * @param secret the password or token, copied; not {@code null}, not empty
	 * @throws IllegalArgumentException if {@code username} is blank or {@code secret} is empty
	 */
	public Credential(String username, char[] secret) {
		Objects.requireNonNull(username, "username"); //$NON-NLS-1$
		Objects.requireNonNull(secret, "secret"); //$NON-NLS-1$
		if (username.isBlank() || secret.length == 0) {
			throw new IllegalArgumentException("a credential needs a user name and a non-empty secret"); //$NON-NLS-1$
		}
		this.username = username;
		this.secret = secret.clone();
	}

	/**
	 * The user name.
	 *
	 * @return the user name, never {@code null}
	 */
	public String username() {
		return username;
	}

	/**
	 * A copy of the secret; the caller should overwrite it after use.
	 *
	 * @return a new array with the secret (all zero characters after {@link #clear()})
	 */
	public char[] secret() {
		return secret.clone();
	}

	/** Overwrites the secret held by this object. */
	public void clear() {
		Arrays.fill(secret, '\0');
	}

	/** Shows the user name only. */
	@Override
	public String toString() {
		return "Credential[" + username + ", ***]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
