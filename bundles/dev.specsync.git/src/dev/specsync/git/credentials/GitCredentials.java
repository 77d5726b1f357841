package dev.specsync.git.credentials;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Supplies the credential for a remote repository URL. Implemented by credential stores (Eclipse secure
 * storage, the environment for the command line) and registered as an OSGi service or handed to a remote
 * operation directly.
 *
 * <p>Threading: may be called from any thread, several times per operation (every authentication
 * challenge). Nullness: the argument is never {@code null}; the result is never {@code null}.
 */
@ConsumerType
public interface GitCredentials {

	/** A lookup that never has a credential: for anonymous access. */
	GitCredentials NONE = uri -> Optional.empty();

	/**
	 * Finds the credential for a remote.
	 *
	 * @param uri the remote URL without user information, for example {@code https://git.example.com/team/api.git}
	 * @return a fresh credential the engine may {@linkplain Credential#clear() clear} after use, or empty
	 *         when this store has none for {@code uri}
	 */
	Optional<Credential> lookup(String uri);

	/**
	 * Told when the server rejected the credential {@link #lookup(String)} returned for {@code uri}, so that a
	 * store can mark it as stale. The default does nothing.
	 *
	 * @param uri the remote URL without user information
	 */
	default void rejected(String uri) {
		// stores that track validity override this
	}
}
