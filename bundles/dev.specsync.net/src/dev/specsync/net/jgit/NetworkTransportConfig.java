package dev.specsync.net.jgit;

import java.io.IOException;
import java.net.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.function.Supplier;

import javax.net.ssl.TrustManager;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;
import org.eclipse.jgit.transport.http.JDKHttpConnection;

import dev.specsync.net.NetworkSettings;

/**
 * Makes a JGit transport use the {@link NetworkSettings}: HTTPS connections trust exactly the settings'
 * certificate authorities (JGit's {@code http.sslVerify=false} is ignored: verification cannot be switched
 * off), and every HTTP connection goes through the settings' proxy. Other transports are left alone.
 *
 * <p>Thread-safe; the settings are asked again for every connection, so a certificate added or a proxy
 * changed applies to the next connection.
 */
public final class NetworkTransportConfig implements TransportConfigCallback {

	private final Supplier<NetworkSettings> settings;

	/**
	 * @param settings the settings in force, asked for every connection
	 */
	public NetworkTransportConfig(Supplier<NetworkSettings> settings) {
		this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
	}

	@Override
	public void configure(Transport transport) {
		if (transport instanceof TransportHttp http) {
			http.setHttpConnectionFactory(new Factory(settings));
		}
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
			return new JDKHttpConnection(url, proxy) {
				// the constructor is protected
			};
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
