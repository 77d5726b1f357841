package dev.specsync.net;

import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The network settings in force: trusted certificate authorities and the HTTP proxy. Obtain it as an OSGi
 * service; {@link #defaults()} serves code that runs without one.
 *
 * <p>Implementations are thread-safe, and every call reflects the current settings: a certificate file
 * added to {@link #userCertificates()} or a preference changed is seen by the next connection, without a
 * restart. There is no way to switch certificate verification off.
 */
@ProviderType
public interface NetworkSettings {

	/**
	 * The certificate authorities trusted now: the JVM's, the operating system's, and the PEM files in
	 * {@link #certificateFolders()}.
	 *
	 * @return the current trust, never {@code null}
	 */
	CertificateTrust trust();

	/**
	 * The folder where the user adds certificate authorities (PEM files, {@code .pem}, {@code .crt} or
	 * {@code .cer}) for servers with certificates of their own; it may not exist yet.
	 *
	 * @return the folder named by {@link NetworkPreferences#TRUST_USER_FOLDER}, or the default one
	 */
	Path userCertificates();

	/**
	 * Every folder whose PEM files are trusted: {@link #userCertificates()} and the installation's folder that
	 * an enterprise build ships its certificate authorities in.
	 *
	 * @return the folders, in the order they are read; missing folders are included and simply empty
	 */
	List<Path> certificateFolders();

	/**
	 * The file of SSH host keys the user has accepted (OpenSSH {@code known_hosts} format, plain host names:
	 * {@code host} or {@code [host]:port}). An SSH server whose key is not in it, or differs from it, is
	 * refused; nothing is added to it without the user.
	 *
	 * @return the file named by {@link NetworkPreferences#SSH_KNOWN_HOSTS}, or the default one beside
	 *         {@link #userCertificates()}; it may not exist yet
	 */
	default Path knownHosts() {
		return userCertificates().resolveSibling("known_hosts"); //$NON-NLS-1$
	}

	/**
	 * The HTTP proxy settings.
	 *
	 * @return the proxy settings, never {@code null}
	 */
	ProxyConfiguration proxy();

	/**
	 * The user name and password to send to a proxy that requires sign-in ({@link ProxyCredentials}).
	 *
	 * @param proxy a proxy {@link ProxyConfiguration#select} chose
	 * @return the sign-in stored for the proxy's host and port; empty for {@link Proxy#NO_PROXY}, a proxy
	 *         without one, or when secure storage cannot be read
	 * @since 1.1
	 */
	default Optional<PasswordAuthentication> proxyAuthentication(Proxy proxy) {
		return Optional.empty();
	}

	/**
	 * Settings for code that runs without the OSGi service: the JVM's and the operating system's certificate
	 * authorities, and the proxy from the process environment ({@code https_proxy}, {@code http_proxy},
	 * {@code no_proxy}).
	 *
	 * @return fixed settings, never {@code null}
	 */
	static NetworkSettings defaults() {
		return fixed(List.of(), ProxyConfiguration.fromEnvironment(System.getenv()));
	}

	/**
	 * Fixed settings with the given certificate folders and proxy, mostly for tests and tools.
	 *
	 * @param folders folders of PEM files trusted besides the JVM's and the operating system's authorities;
	 *            the first one is returned as {@link #userCertificates()} (an empty list gives a folder that
	 *            does not exist)
	 * @param proxy the proxy settings
	 * @return settings that read the folders again whenever their files change
	 */
	static NetworkSettings fixed(List<Path> folders, ProxyConfiguration proxy) {
		List<Path> copy = List.copyOf(folders);
		CertificateTrust.Cache cache = new CertificateTrust.Cache();
		return new NetworkSettings() {
			@Override
			public CertificateTrust trust() {
				return cache.get(copy);
			}

			@Override
			public Path userCertificates() {
				return copy.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir"), "specsync-no-certificates") //$NON-NLS-1$ //$NON-NLS-2$
						: copy.get(0);
			}

			@Override
			public List<Path> certificateFolders() {
				return copy;
			}

			@Override
			public ProxyConfiguration proxy() {
				return proxy;
			}

			@Override
			public String toString() {
				return "NetworkSettings" + Map.of("folders", copy, "proxy", proxy); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		};
	}
}
