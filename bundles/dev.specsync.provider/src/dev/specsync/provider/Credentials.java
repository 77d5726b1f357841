package dev.specsync.provider;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials of one connection: an {@link AuthMethod}, an optional user name, an optional SSH key file
 * and a secret (token, password or key passphrase) held as a {@code char[]}.
 *
 * <p>The secret never appears in {@link #toString()}. Factories copy the array they are given (the caller
 * clears its own); {@link #secret()} returns a fresh copy that the caller clears after use, for example with
 * {@code Arrays.fill(secret, '\0')}. {@link #close()} clears the held copy; SpecSync closes credentials when
 * the operation that needed them ends, so a provider must not keep a reference. Thread-safe.
 */
public final class Credentials implements AutoCloseable {

	private static final char[] EMPTY = new char[0];

	private final AuthMethod method;
	private final String username;
	private final String keyFile;
	private final char[] secret;
	private volatile boolean cleared;

	private Credentials(AuthMethod method, String username, String keyFile, char[] secret) {
		this.method = Objects.requireNonNull(method, "method");
		this.username = username == null || username.isEmpty() ? null : username;
		this.keyFile = keyFile == null || keyFile.isEmpty() ? null : keyFile;
		this.secret = secret == null ? EMPTY : secret.clone();
	}

	/**
	 * No credentials ({@link AuthMethod#NONE}).
	 *
	 * @return credentials without a secret
	 */
	public static Credentials none() {
		return new Credentials(AuthMethod.NONE, null, null, null);
	}

	/**
	 * A personal access token.
	 *
	 * @param username the user name some services want with a token (HTTP Basic), {@code null} if none
	 * @param token the token; copied
	 * @return the credentials
	 */
	public static Credentials token(String username, char[] token) {
		return new Credentials(AuthMethod.PERSONAL_ACCESS_TOKEN, username, null, Objects.requireNonNull(token));
	}

	/**
	 * An OAuth access token.
	 *
	 * @param accessToken the token; copied
	 * @return the credentials
	 */
	public static Credentials oauth(char[] accessToken) {
		return new Credentials(AuthMethod.OAUTH, null, null, Objects.requireNonNull(accessToken));
	}

	/**
	 * A user name and a password or app password.
	 *
	 * @param username the user name
	 * @param password the password; copied
	 * @return the credentials
	 */
	public static Credentials usernamePassword(String username, char[] password) {
		return new Credentials(AuthMethod.USERNAME_PASSWORD, Objects.requireNonNull(username), null,
				Objects.requireNonNull(password));
	}

	/**
	 * An SSH private key.
	 *
	 * @param username the SSH user, for example {@code git}; {@code null} to take it from the URL
	 * @param keyFile the private key file's path
	 * @param passphrase the key's passphrase, {@code null} if it has none; copied
	 * @return the credentials
	 */
	public static Credentials sshKey(String username, String keyFile, char[] passphrase) {
		return new Credentials(AuthMethod.SSH_KEY, username, Objects.requireNonNull(keyFile), passphrase);
	}

	/**
	 * How these credentials authenticate.
	 *
	 * @return the method
	 */
	public AuthMethod method() {
		return method;
	}

	/**
	 * The user name.
	 *
	 * @return the user name, empty if none was given
	 */
	public Optional<String> username() {
		return Optional.ofNullable(username);
	}

	/**
	 * The SSH private key file of {@link AuthMethod#SSH_KEY} credentials.
	 *
	 * @return the path, empty for other methods
	 */
	public Optional<String> keyFile() {
		return Optional.ofNullable(keyFile);
	}

	/**
	 * Whether there is a non-empty secret.
	 *
	 * @return {@code true} if {@link #secret()} would return characters
	 */
	public boolean hasSecret() {
		return secret.length > 0 && !cleared;
	}

	/**
	 * A copy of the secret, which the caller clears after use.
	 *
	 * @return the secret, empty if there is none
	 * @throws IllegalStateException if these credentials were closed
	 */
	public char[] secret() {
		if (cleared) {
			throw new IllegalStateException("credentials were closed");
		}
		return secret.clone();
	}

	/** Clears the secret; later calls of {@link #secret()} fail. Idempotent. */
	@Override
	public void close() {
		cleared = true;
		Arrays.fill(secret, '\0');
	}

	/** Returns the method and user name; the secret is shown as {@code ***} if there is one. */
	@Override
	public String toString() {
		return "Credentials[" + method + (username != null ? ", user=" + username : "")
				+ (keyFile != null ? ", keyFile=" + keyFile : "") + (secret.length > 0 ? ", secret=***" : "") + "]";
	}
}
