package dev.specsync.provider;

/**
 * A way of authenticating to a Git hosting service. Callers must tolerate constants added in later minor
 * versions of this package.
 */
public enum AuthMethod {
	/** No credentials: public repositories, local repositories, unauthenticated servers. */
	NONE,
	/** A personal (or project) access token, sent as the password of HTTP Basic authentication or as a bearer token. */
	PERSONAL_ACCESS_TOKEN,
	/** An OAuth access token obtained by a browser sign-in. */
	OAUTH,
	/** An SSH private key file, optionally protected by a passphrase. */
	SSH_KEY,
	/** A user name and a password or an app password (HTTP Basic authentication). */
	USERNAME_PASSWORD
}
