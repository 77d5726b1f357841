package dev.specsync.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A set of trusted certificate authorities: the JVM's trust store, the operating system's bundle (Debian's
 * {@code /etc/ssl/certs/ca-certificates.crt} and its equivalents) and PEM files in given folders. There is
 * no way to trust every certificate: a server is accepted only when its chain ends at one of these
 * authorities and its certificate names the host that was asked for.
 *
 * <p>Immutable and thread-safe. A rejected server certificate surfaces as a
 * {@link CertificateRejectedException} in the cause chain of the connection's failure.
 */
public final class CertificateTrust {

	private static final String[] OS_BUNDLES = { "/etc/ssl/certs/ca-certificates.crt", //$NON-NLS-1$
			"/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem", "/etc/ssl/ca-bundle.pem" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static volatile List<X509Certificate> systemAuthorities;

	private final List<Path> folders;
	private final List<String> problems;
	private final int added;
	private final X509ExtendedTrustManager trustManager;
	private final SSLContext context;

	private CertificateTrust(List<Path> folders, List<String> problems, int added, X509ExtendedTrustManager trustManager,
			SSLContext context) {
		this.folders = folders;
		this.problems = problems;
		this.added = added;
		this.trustManager = trustManager;
		this.context = context;
	}

	/**
	 * Loads the JVM's and the operating system's authorities and every certificate in the PEM files
	 * ({@code .pem}, {@code .crt}, {@code .cer}) of {@code folders}. Missing folders are skipped; unreadable
	 * files are reported by {@link #problems()} and skipped.
	 *
	 * @param folders folders of PEM files
	 * @return the trust
	 * @throws IllegalStateException if the JVM offers no TLS implementation
	 */
	public static CertificateTrust load(List<Path> folders) {
		List<Path> copy = List.copyOf(folders);
		List<String> problems = new ArrayList<>();
		List<X509Certificate> extra = new ArrayList<>();
		for (Path folder : copy) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
				for (Path file : files) {
					String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
					if (Files.isRegularFile(file)
							&& (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						try {
							List<X509Certificate> read = read(file);
							if (read.isEmpty()) {
								problems.add(file + ": no certificate in the file"); //$NON-NLS-1$
							}
							extra.addAll(read);
						} catch (IOException | CertificateException e) {
							problems.add(file + ": " + e.getMessage()); //$NON-NLS-1$
						}
					}
				}
			} catch (IOException e) {
				problems.add(folder + ": " + e.getMessage()); //$NON-NLS-1$
			}
		}
		try {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			int i = 0;
			for (X509Certificate authority : systemAuthorities()) {
				store.setCertificateEntry("system-" + i++, authority); //$NON-NLS-1$
			}
			for (X509Certificate authority : extra) {
				store.setCertificateEntry("added-" + i++, authority); //$NON-NLS-1$
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX"); //$NON-NLS-1$
			factory.init(store);
			X509ExtendedTrustManager pkix = null;
			for (TrustManager manager : factory.getTrustManagers()) {
				if (manager instanceof X509ExtendedTrustManager extended) {
					pkix = extended;
				}
			}
			if (pkix == null) {
				throw new IllegalStateException("the JVM has no X.509 trust manager"); //$NON-NLS-1$
			}
			X509ExtendedTrustManager explaining = new Explaining(pkix, copy);
			SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
			context.init(null, new TrustManager[] { explaining }, null);
			return new CertificateTrust(copy, List.copyOf(problems), extra.size(), explaining, context);
		} catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** The trust manager that checks servers; rejections are {@link CertificateRejectedException}s. */
	public X509ExtendedTrustManager trustManager() {
		return trustManager;
	}

	/** A TLS context initialised with {@link #trustManager()} and no client certificate. */
	public SSLContext sslContext() {
		return context;
	}

	/** The folders of added PEM files this trust was loaded from. */
	public List<Path> folders() {
		return folders;
	}

	/** How many certificates the folders added to the JVM's and the operating system's authorities. */
	public int addedCount() {
		return added;
	}

	/** Files that could not be read, each with the reason; empty when all were read. */
	public List<String> problems() {
		return problems;
	}

	private static List<X509Certificate> read(Path file) throws IOException, CertificateException {
		CertificateFactory factory = CertificateFactory.getInstance("X.509"); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(file)) {
			Collection<? extends java.security.cert.Certificate> all = factory.generateCertificates(in);
			List<X509Certificate> out = new ArrayList<>();
			for (java.security.cert.Certificate certificate : all) {
				if (certificate instanceof X509Certificate x509) {
					out.add(x509);
				}
			}
			return out;
		}
	}

	private static List<X509Certificate> systemAuthorities() throws GeneralSecurityException {
		List<X509Certificate> cached = systemAuthorities;
		if (cached != null) {
			return cached;
		}
		List<X509Certificate> all = new ArrayList<>();
		TrustManagerFactory jvm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		jvm.init((KeyStore) null);
		for (TrustManager manager : jvm.getTrustManagers()) {
			if (manager instanceof X509TrustManager x509) {
				all.addAll(List.of(x509.getAcceptedIssuers()));
			}
		}
		for (String bundle : OS_BUNDLES) {
			Path file = Path.of(bundle);
			if (Files.isReadable(file)) {
				try {
					all.addAll(read(file));
					break;
				} catch (IOException | CertificateException e) {
					// an unreadable system bundle leaves the JVM's authorities
				}
			}
		}
		systemAuthorities = List.copyOf(all);
		return systemAuthorities;
	}

	/**
	 * A {@link CertificateTrust} kept up to date with its folders: reloaded when a file in them is added,
	 * removed or changed. Thread-safe.
	 */
	static final class Cache {

		private List<Path> folders;
		private String stamp;
		private CertificateTrust trust;

		synchronized CertificateTrust get(List<Path> current) {
			String now = stamp(current);
			if (trust == null || !current.equals(folders) || !now.equals(stamp)) {
				trust = load(current);
				folders = current;
				stamp = now;
			}
			return trust;
		}

		private static String stamp(List<Path> folders) {
			StringBuilder sb = new StringBuilder();
			for (Path folder : folders) {
				sb.append(folder).append('\n');
				if (!Files.isDirectory(folder)) {
					continue;
				}
				try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
					List<String> entries = new ArrayList<>();
					for (Path file : files) {
						entries.add(file.getFileName() + "/" + Files.size(file) + "/" + Files.getLastModifiedTime(file).toMillis()); //$NON-NLS-1$ //$NON-NLS-2$
					}
					entries.sort(null);
					entries.forEach(e -> sb.append(e).append('\n'));
				} catch (IOException e) {
					sb.append(e.getMessage()).append('\n');
				}
			}
			return sb.toString();
		}
	}

	/** Delegates to PKIX and turns its refusals into {@link CertificateRejectedException}s a user understands. */
	private static final class Explaining extends X509ExtendedTrustManager {

		private final X509ExtendedTrustManager delegate;
		private final List<Path> folders;

		Explaining(X509ExtendedTrustManager delegate, List<Path> folders) {
			this.delegate = delegate;
			this.folders = folders;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
			try {
				delegate.checkServerTrusted(chain, authType, socket);
			} catch (CertificateException e) {
				throw explain(chain, host(socket), e);
			}
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
			try {
				delegate.checkServerTrusted(chain, authType, engine);
			} catch (CertificateException e) {
				throw explain(chain, engine != null ? engine.getPeerHost() : null, e);
			}
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			try {
				delegate.checkServerTrusted(chain, authType);
			} catch (CertificateException e) {
				throw explain(chain, null, e);
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
			delegate.checkClientTrusted(chain, authType, socket);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
			delegate.checkClientTrusted(chain, authType, engine);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			delegate.checkClientTrusted(chain, authType);
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return delegate.getAcceptedIssuers();
		}

		private static String host(Socket socket) {
			if (socket instanceof SSLSocket ssl) {
				SSLSession session = ssl.getHandshakeSession();
				if (session != null) {
					return session.getPeerHost();
				}
			}
			return socket != null && socket.getInetAddress() != null ? socket.getInetAddress().getHostAddress() : null;
		}

		private CertificateRejectedException explain(X509Certificate[] chain, String host, CertificateException e) {
			Objects.requireNonNull(chain, "chain"); //$NON-NLS-1$
			CertificateRejectedException.Reason reason;
			String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
			if (hasCause(e, CertificateExpiredException.class) || hasCause(e, CertificateNotYetValidException.class)
					|| message.contains("validity check failed")) { //$NON-NLS-1$
				reason = CertificateRejectedException.Reason.EXPIRED;
			} else if (message.contains("no subject alternative") || message.contains("no name matching") //$NON-NLS-1$ //$NON-NLS-2$
					|| message.contains("hostname")) { //$NON-NLS-1$
				reason = CertificateRejectedException.Reason.WRONG_HOST;
			} else {
				reason = CertificateRejectedException.Reason.UNTRUSTED;
			}
			return new CertificateRejectedException(reason, chain.length > 0 ? chain[0] : null, host, folders, e);
		}

		private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
			for (Throwable t = error; t != null; t = t.getCause()) {
				if (type.isInstance(t)) {
					return true;
				}
				if (t.getCause() == t) {
					break;
				}
			}
			return false;
		}
	}
}
