package dev.specsync.net;

import java.io.IOException;
import java.net.PasswordAuthentication;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The user name and password of the HTTP proxy that requires sign-in, kept in Eclipse secure storage (both
 * encrypted) and never in preferences, workspace files or logs. Keyed by the proxy's host and port, so that
 * switching proxies does not send one proxy's password to another. Obtain it as an OSGi service (the
 * credentials bundle provides it); the {@link NetworkSettings} service reads it for every connection.
 *
 * <p>The password is a {@code char[]}: {@link #store} copies what it needs and the caller clears its array;
 * the password of {@link #read} is a fresh array the caller may clear.
 *
 * @since 1.1
 */
@ProviderType
public interface ProxyCredentials {

	/**
	 * The sign-in stored for a proxy.
	 *
	 * @param host the proxy's host, compared case-insensitively
	 * @param port the proxy's port
	 * @return the user name and password, empty if none is stored
	 * @throws IOException if secure storage cannot be opened or decrypted
	 */
	Optional<PasswordAuthentication> read(String host, int port) throws IOException;

	/**
	 * Stores (or replaces) the sign-in of a proxy and writes it to secure storage at once.
	 *
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @param user the user name, not blank
	 * @param password the password; not kept, the caller clears it
	 * @throws IOException if secure storage cannot be opened or written
	 */
	void store(String host, int port, String user, char[] password) throws IOException;

	/**
	 * Removes the sign-in of a proxy from secure storage, at once.
	 *
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @return whether a sign-in was stored
	 * @throws IOException if secure storage cannot be opened or written
	 */
	boolean remove(String host, int port) throws IOException;
}
