package dev.specsync.git.engine;

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
}
