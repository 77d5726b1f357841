package dev.specsync.git.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.git.credentials.GitCredentials;

/**
 * An operation that talks to a remote repository (clone, fetch, pull, push).
 *
 * @param <S> the operation's own type, returned by the setters
 * @param <T> the result type
 */
@ProviderType
public interface RemoteOperation<S extends RemoteOperation<S, T>, T> extends GitOperation<T> {

	/**
	 * Sets where credentials come from. Without this call the credential services registered in OSGi are
	 * asked in ranking order, and the remote is accessed anonymously if none has a credential.
	 *
	 * @param credentials the lookup, not {@code null}
	 * @return this operation
	 */
	S setCredentials(GitCredentials credentials);

	/**
	 * Sets the listener for progress and cancellation.
	 *
	 * @param progress the listener, not {@code null}
	 * @return this operation
	 */
	S setProgress(GitProgress progress);

	/**
	 * Sets how long the operation waits for the server before giving up. The default is 60 seconds.
	 *
	 * @param timeout a positive duration, at least one second
	 * @return this operation
	 */
	S setTimeout(Duration timeout);

	/**
	 * Sets the private key file for {@code ssh://} remotes; without one the user's default keys
	 * ({@code ~/.ssh/id_ed25519}, {@code id_ecdsa}, {@code id_rsa}) are tried. A passphrase is asked from the
	 * credentials ({@link #setCredentials}) with the key file's URI; the server's host key must be in the known
	 * hosts of the network settings.
	 *
	 * @param privateKey the OpenSSH private key file, not {@code null}
	 * @return this operation
	 */
	S setSshKey(Path privateKey);
}
