package dev.specsync.credentials.internal;

import java.io.IOException;
import java.net.PasswordAuthentication;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import dev.specsync.credentials.CredentialStore;
import dev.specsync.credentials.CredentialStoreException;
import dev.specsync.net.ProxyCredentials;

/**
 * {@link CredentialStore} on Eclipse secure storage. Secrets are kept under
 * {@code /dev.specsync/credentials/<host>/<account>} (node names slash-encoded), key {@code secret}, encrypted.
 * The HTTP proxy's sign-in ({@link ProxyCredentials}) is kept under {@code /dev.specsync/proxy/<host:port>}, keys
 * {@code user} and {@code password}, both encrypted (the user name is not a node name, unlike a Git account).
 * Which storage is used and how it is unlocked is described in the bundle's README (default storage, or an
 * explicit location and password file for headless use).
 *
 * <p>Thread-safe: every access is synchronized on this object, as secure storage nodes are not.
 */
@Component(service = { CredentialStore.class, ProxyCredentials.class })
public final class SecureStorageCredentialStore implements CredentialStore, ProxyCredentials {

	/** Framework or system property: the secure storage file to use instead of the default one. */
	public static final String LOCATION_PROPERTY = "specsync.secureStorage.location";
	/** Framework or system property: a file whose first line is the master password (headless use). */
	public static final String PASSWORD_FILE_PROPERTY = "specsync.secureStorage.passwordFile";

	private static final String ROOT = "/dev.specsync/credentials";
	private static final String SECRET_KEY = "secret";
	private static final String PROXY_ROOT = "/dev.specsync/proxy";
	private static final String PROXY_USER_KEY = "user";
	private static final String PROXY_PASSWORD_KEY = "password";

	private ISecurePreferences storage;
	private String storageError;
	private String location;
	private String passwordFile;
	private boolean opened;

	/** For Declarative Services; the storage is chosen in {@link #activate(BundleContext)} and opened on first use. */
	public SecureStorageCredentialStore() {
	}

	/** A store on a given secure storage root, for tests. */
	SecureStorageCredentialStore(ISecurePreferences storage) {
		this.storage = storage;
		this.opened = true;
	}

	/**
	 * Opens a secure storage file unlocked by a master password without any prompt or platform keyring.
	 *
	 * @param location the secure storage file (created if missing)
	 * @param password the master password; copied, the caller clears it
	 * @return the store
	 * @throws CredentialStoreException if the storage cannot be opened
	 */
	static SecureStorageCredentialStore open(Path location, char[] password) throws CredentialStoreException {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password));
		try {
			URL url = location.toUri().toURL();
			ISecurePreferences preferences = SecurePreferencesFactory.open(url, options);
			if (preferences == null) {
				throw new CredentialStoreException("Secure storage " + location + " could not be opened. "
						+ "Check that its folder exists and is writable.", null);
			}
			return new SecureStorageCredentialStore(preferences);
		} catch (IOException e) {
			throw new CredentialStoreException("Secure storage " + location + " could not be opened: " + e.getMessage()
					+ ". Check that its folder exists and is writable.", e);
		}
	}

	/**
	 * Notes which storage to use. The storage itself is opened on first use: opening it reads and may decrypt a
	 * file (or, with the platform's default storage, ask for a master password), which must not happen while the
	 * workbench starts or on its UI thread when a part merely asks for the Git service.
	 *
	 * @param context the bundle context, for the framework properties that choose the storage
	 */
	@Activate
	void activate(BundleContext context) {
		location = property(context, LOCATION_PROPERTY);
		passwordFile = property(context, PASSWORD_FILE_PROPERTY);
	}

	private synchronized void open() {
		if (opened) {
			return;
		}
		opened = true;
		try {
			if (location == null && passwordFile == null) {
				storage = SecurePreferencesFactory.getDefault();
				if (storage == null) {
					storageError = "The default secure storage could not be opened.";
				}
				return;
			}
			Path file = location != null ? Path.of(location)
					: Path.of(System.getProperty("user.home"), ".eclipse", "org.eclipse.equinox.security", "secure_storage");
			char[] password = passwordFile != null ? readPassword(Path.of(passwordFile)) : null;
			try {
				if (password != null) {
					storage = open(file, password).storage;
				} else {
					storage = SecurePreferencesFactory.open(file.toUri().toURL(), null);
				}
			} finally {
				if (password != null) {
					Arrays.fill(password, '\0');
				}
			}
		} catch (IOException | CredentialStoreException e) {
			storageError = e.getMessage();
		}
	}

	private static String property(BundleContext context, String key) {
		String value = context.getProperty(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The first line of a file, as characters, without making a String of it. */
	private static char[] readPassword(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
			int end = 0;
			while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
				end++;
			}
			char[] password = new char[end];
			chars.get(0, password, 0, end);
			Arrays.fill(chars.array(), '\0');
			if (end == 0) {
				throw new IOException("the password file " + file + " is empty");
			}
			return password;
		} finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	private ISecurePreferences root() throws CredentialStoreException {
		return storage().node(ROOT);
	}

	private ISecurePreferences storage() throws CredentialStoreException {
		open();
		if (storage == null) {
			throw new CredentialStoreException("Secure storage is not available: " + storageError + " On a machine without "
					+ "a keyring, set " + LOCATION_PROPERTY + " and " + PASSWORD_FILE_PROPERTY + " (see the README of "
					+ "dev.specsync.credentials).", null);
		}
		return storage;
	}

	@Override
	public synchronized void store(String host, String account, char[] secret) throws CredentialStoreException {
		String h = normalizeHost(host);
		checkAccount(account);
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		try {
			ISecurePreferences node = root().node(EncodingUtils.encodeSlashes(h)).node(EncodingUtils.encodeSlashes(account));
			node.putByteArray(SECRET_KEY, bytes, true);
			node.flush();
		} catch (StorageException | IOException e) {
			throw failure("stored", h, account, e);
		} finally {
			Arrays.fill(bytes, (byte) 0);
			if (encoded.hasArray()) {
				Arrays.fill(encoded.array(), (byte) 0);
			}
		}
	}

	@Override
	public synchronized Optional<char[]> read(String host, String account) throws CredentialStoreException {
		String h = normalizeHost(host);
		checkAccount(account);
		ISecurePreferences hostNode = root();
		String hostName = EncodingUtils.encodeSlashes(h);
		String accountName = EncodingUtils.encodeSlashes(account);
		if (!hostNode.nodeExists(hostName) || !hostNode.node(hostName).nodeExists(accountName)) {
			return Optional.empty();
		}
		byte[] bytes = null;
		try {
			bytes = hostNode.node(hostName).node(accountName).getByteArray(SECRET_KEY, null);
			if (bytes == null) {
				return Optional.empty();
			}
			CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
			char[] secret = new char[chars.remaining()];
			chars.get(secret);
			Arrays.fill(chars.array(), '\0');
			return Optional.of(secret);
		} catch (StorageException e) {
			throw failure("read", h, account, e);
		} catch (IllegalArgumentException e) {
			// a wrong master password usually fails the cipher's padding check, but about once in 256 tries it
			// passes and yields bytes that are not the stored encoding
			throw new CredentialStoreException("The secret of " + account + " on " + h
					+ " could not be read from secure storage: it does not decrypt with this master password. "
					+ "If secure storage was created with another master password, sign in again.", e);
		} finally {
			if (bytes != null) {
				Arrays.fill(bytes, (byte) 0);
			}
		}
	}

	@Override
	public synchronized List<String> accounts(String host) throws CredentialStoreException {
		String hostName = EncodingUtils.encodeSlashes(normalizeHost(host));
		ISecurePreferences root = root();
		if (!root.nodeExists(hostName)) {
			return List.of();
		}
		return Stream.of(root.node(hostName).childrenNames()).map(EncodingUtils::decodeSlashes).sorted().toList();
	}

	@Override
	public synchronized List<String> hosts() throws CredentialStoreException {
		ISecurePreferences root = root();
		return Stream.of(root.childrenNames()).filter(name -> root.node(name).childrenNames().length > 0)
				.map(EncodingUtils::decodeSlashes).sorted().toList();
	}

	@Override
	public synchronized boolean remove(String host, String account) throws CredentialStoreException {
		String h = normalizeHost(host);
		checkAccount(account);
		ISecurePreferences root = root();
		String hostName = EncodingUtils.encodeSlashes(h);
		String accountName = EncodingUtils.encodeSlashes(account);
		if (!root.nodeExists(hostName) || !root.node(hostName).nodeExists(accountName)) {
			return false;
		}
		try {
			ISecurePreferences hostNode = root.node(hostName);
			hostNode.node(accountName).removeNode();
			if (hostNode.childrenNames().length == 0) {
				hostNode.removeNode();
			}
			root.flush();
			return true;
		} catch (IOException e) {
			throw failure("removed", h, account, e);
		}
	}

	@Override
	public synchronized Optional<PasswordAuthentication> read(String host, int port) throws IOException {
		String name = proxyNode(host, port);
		try {
			ISecurePreferences proxies = storage().node(PROXY_ROOT);
			if (!proxies.nodeExists(name)) {
				return Optional.empty();
			}
			ISecurePreferences node = proxies.node(name);
			String user = node.get(PROXY_USER_KEY, null);
			byte[] bytes = node.getByteArray(PROXY_PASSWORD_KEY, null);
			if (user == null || bytes == null) {
				return Optional.empty();
			}
			CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
			char[] password = new char[chars.remaining()];
			chars.get(password);
			Arrays.fill(bytes, (byte) 0);
			if (chars.hasArray()) {
				Arrays.fill(chars.array(), '\0');
			}
			try {
				return Optional.of(new PasswordAuthentication(user, password));
			} finally {
				Arrays.fill(password, '\0');
			}
		} catch (StorageException e) {
			throw new IOException(proxyFailure("read", host, port, e), e);
		} catch (CredentialStoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized void store(String host, int port, String user, char[] password) throws IOException {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("a proxy user name is expected");
		}
		String name = proxyNode(host, port);
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		try {
			ISecurePreferences node = storage().node(PROXY_ROOT).node(name);
			node.put(PROXY_USER_KEY, user.strip(), true);
			node.putByteArray(PROXY_PASSWORD_KEY, bytes, true);
			node.flush();
		} catch (StorageException e) {
			throw new IOException(proxyFailure("stored", host, port, e), e);
		} catch (CredentialStoreException e) {
			throw new IOException(e.getMessage(), e);
		} finally {
			Arrays.fill(bytes, (byte) 0);
			if (encoded.hasArray()) {
				Arrays.fill(encoded.array(), (byte) 0);
			}
		}
	}

	@Override
	public synchronized boolean remove(String host, int port) throws IOException {
		String name = proxyNode(host, port);
		try {
			ISecurePreferences proxies = storage().node(PROXY_ROOT);
			if (!proxies.nodeExists(name)) {
				return false;
			}
			proxies.node(name).removeNode();
			proxies.flush();
			return true;
		} catch (CredentialStoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static String proxyNode(String host, int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("a proxy port from 1 to 65535 is expected");
		}
		return EncodingUtils.encodeSlashes(normalizeHost(host) + ":" + port);
	}

	private static String proxyFailure(String what, String host, int port, Exception e) {
		return "The sign-in of the proxy " + host + ":" + port + " could not be " + what + " in secure storage: "
				+ e.getMessage() + ". If secure storage was created with another master password, enter the proxy's "
				+ "user name and password again; otherwise check that its file is writable.";
	}

	private static String normalizeHost(String host) {
		if (host == null || host.isBlank() || host.contains("/") || host.contains("@") || host.strip().contains(" ")) {
			throw new IllegalArgumentException("a host name, optionally with :port, is expected");
		}
		return host.strip().toLowerCase(Locale.ROOT);
	}

	private static void checkAccount(String account) {
		if (account == null || account.isBlank()) {
			throw new IllegalArgumentException("an account name is expected");
		}
	}

	private static CredentialStoreException failure(String what, String host, String account, Exception e) {
		return new CredentialStoreException("The secret of " + account + " on " + host + " could not be " + what
				+ " in secure storage: " + e.getMessage() + ". If secure storage was created with another master "
				+ "password, sign in again; otherwise check that its file is writable.", e);
	}

	@Override
	public String toString() {
		return "SecureStorageCredentialStore[" + (storage != null ? "open" : "unavailable") + "]";
	}
}
