package dev.specsync.net.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import dev.specsync.net.CertificateTrust;
import dev.specsync.net.NetworkPreferences;
import dev.specsync.net.NetworkSettings;
import dev.specsync.net.ProxyConfiguration;
import dev.specsync.net.ProxyCredentials;

/**
 * The {@link NetworkSettings} service on the instance-scope preferences of node
 * {@link NetworkPreferences#NODE}, read on every call. Without an instance area (a command line run
 * outside a workspace) the defaults apply: the user's certificate folder, the installation's folder and the
 * proxy environment.
 */
@Component(service = NetworkSettings.class)
public final class PreferenceNetworkSettings implements NetworkSettings {

	private final Function<String, String> preferences;
	private final Map<String, String> environment;
	private final Path defaultUserFolder;
	private final Path enterpriseFolder;
	private final CertificateTrustCache cache = new CertificateTrustCache();

	/** Secure storage of the proxy's sign-in (the credentials bundle), when it runs. */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	volatile ProxyCredentials proxyCredentials;

	/** Creates the service; Declarative Services calls this. */
	public PreferenceNetworkSettings() {
		this(PreferenceNetworkSettings::instancePreference, System.getenv(), defaultUserFolder(), enterpriseFolder());
	}

	/** For tests: settings read from the given lookup, environment and folders. */
	PreferenceNetworkSettings(Function<String, String> preferences, Map<String, String> environment,
			Path defaultUserFolder, Path enterpriseFolder) {
		this.preferences = preferences;
		this.environment = environment;
		this.defaultUserFolder = defaultUserFolder;
		this.enterpriseFolder = enterpriseFolder;
	}

	@Override
	public CertificateTrust trust() {
		return cache.get(certificateFolders());
	}

	@Override
	public Path userCertificates() {
		String configured = preferences.apply(NetworkPreferences.TRUST_USER_FOLDER);
		return configured == null || configured.isBlank() ? defaultUserFolder : Path.of(configured.trim());
	}

	@Override
	public Path knownHosts() {
		String configured = preferences.apply(NetworkPreferences.SSH_KNOWN_HOSTS);
		return configured == null || configured.isBlank() ? userCertificates().resolveSibling("known_hosts") //$NON-NLS-1$
				: Path.of(configured.trim());
	}

	@Override
	public List<Path> certificateFolders() {
		List<Path> folders = new ArrayList<>();
		folders.add(userCertificates());
		if (enterpriseFolder != null) {
			folders.add(enterpriseFolder);
		}
		return folders;
	}

	@Override
	public ProxyConfiguration proxy() {
		String mode = preferences.apply(NetworkPreferences.PROXY_MODE);
		if ("none".equalsIgnoreCase(mode)) { //$NON-NLS-1$
			return ProxyConfiguration.NONE;
		}
		if ("manual".equalsIgnoreCase(mode)) { //$NON-NLS-1$
			String host = preferences.apply(NetworkPreferences.PROXY_HOST);
			String port = preferences.apply(NetworkPreferences.PROXY_PORT);
			String nonProxy = preferences.apply(NetworkPreferences.PROXY_NON_PROXY_HOSTS);
			try {
				return ProxyConfiguration.manual(host, port == null || port.isBlank() ? 8080 : Integer.parseInt(port.trim()),
						ProxyConfiguration.split(nonProxy == null ? "" : nonProxy)); //$NON-NLS-1$
			} catch (IllegalArgumentException e) {
				// an incomplete manual proxy: fall back to the system's, as if none was chosen
			}
		}
		return ProxyConfiguration.fromEnvironment(environment);
	}

	@Override
	public Optional<PasswordAuthentication> proxyAuthentication(Proxy proxy) {
		ProxyCredentials store = proxyCredentials;
		if (store == null || proxy.type() != Proxy.Type.HTTP || !(proxy.address() instanceof InetSocketAddress address)) {
			return Optional.empty();
		}
		try {
			return store.read(address.getHostString(), address.getPort());
		} catch (IOException e) {
			// secure storage locked or unreadable: connect without, the proxy's refusal says what is missing
			return Optional.empty();
		}
	}

	private static String instancePreference(String key) {
		try {
			return InstanceScope.INSTANCE.getNode(NetworkPreferences.NODE).get(key, null);
		} catch (RuntimeException noInstanceArea) {
			return null;
		}
	}

	private static Path defaultUserFolder() {
		Path area = areaFolder("osgi.user.area"); //$NON-NLS-1$
		Path base = area != null ? area.resolve("dev.specsync") //$NON-NLS-1$
				: Path.of(System.getProperty("user.home"), ".specsync"); //$NON-NLS-1$ //$NON-NLS-2$
		return base.resolve("certificates"); //$NON-NLS-1$
	}

	private static Path enterpriseFolder() {
		Path area = areaFolder("osgi.configuration.area"); //$NON-NLS-1$
		return area == null ? null : area.resolve(NetworkPreferences.ENTERPRISE_FOLDER);
	}

	private static Path areaFolder(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.startsWith("file:") ? Path.of(URI.create(value.replace(" ", "%20"))) : Path.of(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** Gives access to the package-private cache of the API package. */
	private static final class CertificateTrustCache {
		private List<Path> folders;
		private NetworkSettings settings;

		synchronized CertificateTrust get(List<Path> current) {
			if (settings == null || !current.equals(folders)) {
				settings = NetworkSettings.fixed(current, ProxyConfiguration.NONE);
				folders = current;
			}
			return settings.trust();
		}
	}
}
