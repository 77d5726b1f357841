package dev.specsync.credentials;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The secrets of Git hosts, keyed by host and account, kept encrypted in Eclipse secure storage and nowhere
 * else. A host may have several accounts (a personal and a work login); signing out removes one account.
 *
 * <p>Secrets are {@code char[]}: {@link #store} copies what it needs and the caller clears its array;
 * {@link #read} returns a fresh array that the caller clears after use ({@code Arrays.fill(secret, '\0')}). No
 * secret appears in an exception message or a {@code toString()}.
 *
 * <p>A host is a host name, optionally with a port ({@code github.com}, {@code git.corp.example:8443}); it is
 * compared case-insensitively. An account is the name the user signs in with; it is compared exactly.
 *
 * <p>Thread-safe. Every method may block on the platform's password prompt or keyring the first time.
 */
@ProviderType
public interface CredentialStore {

	/**
	 * Stores (or replaces) the secret of an account and writes it to secure storage at once.
	 *
	 * @param host the host name, optionally with {@code :port}
	 * @param account the account name
	 * @param secret the secret; not kept, the caller clears it
	 * @throws CredentialStoreException if secure storage cannot be opened or written
	 * @throws IllegalArgumentException if host or account is blank, or the host holds a {@code /} or user information
	 */
	void store(String host, String account, char[] secret) throws CredentialStoreException;

	/**
	 * Reads the secret of an account.
	 *
	 * @param host the host name, optionally with {@code :port}
	 * @param account the account name
	 * @return a copy of the secret that the caller clears, empty if none is stored
	 * @throws CredentialStoreException if secure storage cannot be opened or decrypted
	 */
	Optional<char[]> read(String host, String account) throws CredentialStoreException;

	/**
	 * The accounts with a stored secret on a host.
	 *
	 * @param host the host name, optionally with {@code :port}
	 * @return account names, sorted; empty if none
	 * @throws CredentialStoreException if secure storage cannot be opened
	 */
	List<String> accounts(String host) throws CredentialStoreException;

	/**
	 * The hosts with at least one stored account.
	 *
	 * @return host names in lower case, sorted
	 * @throws CredentialStoreException if secure storage cannot be opened
	 */
	List<String> hosts() throws CredentialStoreException;

	/**
	 * Signs an account out: removes its secret from secure storage, at once. Other accounts of the host stay.
	 *
	 * @param host the host name, optionally with {@code :port}
	 * @param account the account name
	 * @return whether a secret was stored
	 * @throws CredentialStoreException if secure storage cannot be opened or written
	 */
	boolean remove(String host, String account) throws CredentialStoreException;
}
