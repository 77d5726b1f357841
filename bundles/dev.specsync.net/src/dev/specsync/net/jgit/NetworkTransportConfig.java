package dev.specsync.net.jgit;

import java.io.File;
import java.io.IOException;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.net.ssl.TrustManager;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;
import org.eclipse.jgit.transport.http.JDKHttpConnection;
import org.eclipse.jgit.transport.sshd.IdentityPasswordProvider;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

import dev.specsync.net.NetworkSettings;

/**
 * Makes a JGit transport use the {@link NetworkSettings}: HTTPS connections trust exactly the settings'
 * certificate authorities (JGit's {@code http.sslVerify=false} is ignored: verification cannot be switched
 * off), and every HTTP connection goes through the settings' proxy. SSH transports (Apache MINA sshd)
 * authenticate with the given private key (its passphrase is asked from the transport's credentials provider)
 * and accept only host keys in {@link NetworkSettings#knownHosts()}: an unknown or changed host key is refused
 * and described by {@link #hostKeyRefusal()}; a key whose passphrase did not decrypt it is named by
 * {@link #wrongKeyPassphrase()}. The user's OpenSSH configuration is not read. Other transports
 * are left alone.
 *
 * <p>Use one instance per operation and {@link #close()} it afterwards. Thread-safe; the settings are asked
 * again for every connection, so a certificate added or a proxy changed applies to the next connection.
 */
public final class NetworkTransportConfig implements TransportConfigCallback, AutoCloseable {

	private final Supplier<NetworkSettings> settings;
	private final Path sshKey;
	private KnownHosts knownHosts;
	private SshdSessionFactory ssh;
	private volatile String undecryptedKey;

	/**
	 * @param settings the settings in force, asked for every connection
	 */
	public NetworkTransportConfig(Supplier<NetworkSettings> settings) {
		this(settings, null);
	}

	/**
	 * @param settings the settings in force, asked for every connection
	 * @param sshKey the private key file for SSH remotes, {@code null} for the user's default keys
	 *            ({@code ~/.ssh/id_ed25519}, {@code id_ecdsa}, {@code id_rsa})
	 */
	public NetworkTransportConfig(Supplier<NetworkSettings> settings, Path sshKey) {
		this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
		this.sshKey = sshKey;
	}

	@Override
	public void configure(Transport transport) {
		if (transport instanceof TransportHttp http) {
			http.setHttpConnectionFactory(new Factory(settings));
		} else if (transport instanceof SshTransport sshTransport) {
			sshTransport.setSshSessionFactory(sshFactory());
		}
	}

	/**
	 * Why the last SSH connection refused the server's host key.
	 *
	 * @return the refusal, empty if no host key was refused
	 */
	public synchronized Optional<HostKeyRefusal> hostKeyRefusal() {
		return knownHosts == null ? Optional.empty() : Optional.ofNullable(knownHosts.refusal());
	}

	/**
	 * The private key file that the passphrase from the credentials provider did not decrypt on the last SSH
	 * connection: the passphrase is wrong (the server never saw the key).
	 *
	 * @return the key file's path, empty if every key that needed a passphrase was decrypted
	 * @since 1.1
	 */
	public Optional<String> wrongKeyPassphrase() {
		return Optional.ofNullable(undecryptedKey);
	}

	/** Closes the SSH client this configuration started, if any. */
	@Override
	public synchronized void close() {
		if (ssh != null) {
			ssh.close();
			ssh = null;
		}
	}

	private synchronized SshdSessionFactory sshFactory() {
		if (ssh == null) {
			Path known = settings.get().knownHosts();
			knownHosts = new KnownHosts(known);
			File state = known.toAbsolutePath().getParent().toFile();
			List<Path> keys = sshKey != null ? List.of(sshKey) : defaultKeys();
			KnownHosts database = knownHosts;
			ssh = new SshdSessionFactoryBuilder().setHomeDirectory(state).setSshDirectory(state)
					.setConfigStoreFactory((home, config, user) -> null).setDefaultIdentities(dir -> keys)
					.setDefaultKnownHostsFiles(dir -> List.of(known)).setServerKeyDatabase((home, dir) -> database)
					.setPreferredAuthentications("publickey").setKeyPasswordProvider(this::passphrases) //$NON-NLS-1$
					.build(null);
		}
		return ssh;
	}

	/** JGit's passphrase prompts through the credentials provider, noting a key the passphrase did not decrypt. */
	private KeyPasswordProvider passphrases(CredentialsProvider provider) {
		return new IdentityPasswordProvider(provider) {
			@Override
			protected boolean keyLoaded(URIish uri, State state, char[] password, Exception error)
					throws IOException, GeneralSecurityException {
				if (error != null && password != null) {
					undecryptedKey = uri.getPath() != null ? uri.getPath() : uri.toString();
				}
				return super.keyLoaded(uri, state, password, error);
			}
		};
	}

	private static List<Path> defaultKeys() {
		Path dir = Path.of(System.getProperty("user.home"), ".ssh"); //$NON-NLS-1$ //$NON-NLS-2$
		return List.of(dir.resolve("id_ed25519"), dir.resolve("id_ecdsa"), dir.resolve("id_rsa")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Connections with the settings' trust and proxy; JGit's own proxy choice is replaced. */
	private record Factory(Supplier<NetworkSettings> settings) implements HttpConnectionFactory2 {

		@Override
		public HttpConnection create(URL url) throws IOException {
			return create(url, null);
		}

		@Override
		public HttpConnection create(URL url, Proxy ignored) throws IOException {
			Proxy proxy;
			try {
				proxy = settings.get().proxy().select(url.toURI());
			} catch (URISyntaxException e) {
				throw new IOException("not a valid URL: " + e.getMessage(), e); //$NON-NLS-1$
			}
			Optional<PasswordAuthentication> signIn = settings.get().proxyAuthentication(proxy);
			if (signIn.isEmpty()) {
				return new JDKHttpConnection(url, proxy) {
					// the constructor is protected
				};
			}
			String authorization = basic(signIn.get());
			return new JDKHttpConnection(url, proxy) {
				{
					// sent to the proxy with every request (preemptive, as git's http.proxy user:password does)
					setRequestProperty("Proxy-Authorization", authorization); //$NON-NLS-1$
				}
			};
		}

		private static String basic(PasswordAuthentication signIn) {
			char[] password = signIn.getPassword();
			CharBuffer chars = CharBuffer.allocate(signIn.getUserName().length() + 1 + password.length);
			chars.put(signIn.getUserName()).put(':').put(password).flip();
			ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
			byte[] raw = new byte[bytes.remaining()];
			bytes.get(raw);
			try {
				return "Basic " + Base64.getEncoder().encodeToString(raw); //$NON-NLS-1$
			} finally {
				Arrays.fill(raw, (byte) 0);
				Arrays.fill(chars.array(), '\0');
				Arrays.fill(password, '\0');
				if (bytes.hasArray()) {
					Arrays.fill(bytes.array(), (byte) 0);
				}
			}
		}

		@Override
		public GitSession newSession() {
			NetworkSettings current = settings.get();
			return new GitSession() {
				@Override
				public HttpConnection configure(HttpConnection connection, boolean sslVerify)
						throws IOException, GeneralSecurityException {
					// sslVerify is deliberately ignored: there is no switch that trusts everything.
					if ("https".equalsIgnoreCase(connection.getURL().getProtocol())) { //$NON-NLS-1$
						connection.configure(null, new TrustManager[] { current.trust().trustManager() }, null);
					}
					return connection;
				}

				@Override
				public void close() {
					// nothing is kept between connections
				}
			};
		}
	}
}
