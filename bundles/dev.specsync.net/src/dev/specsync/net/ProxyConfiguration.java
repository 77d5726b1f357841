package dev.specsync.net;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How connections reach servers: directly, through one HTTP proxy, or as the system says. Immutable. The
 * proxy user's password is not part of it (it is kept in secure storage).
 *
 * @param mode how the proxy is chosen
 * @param host the proxy's host ({@link Mode#MANUAL}), or the empty string
 * @param port the proxy's port ({@link Mode#MANUAL})
 * @param nonProxyHosts hosts reached directly: names, addresses, domain suffixes ({@code .example.com},
 *            {@code *.example.com}) or {@code *}
 * @param environment for {@link Mode#SYSTEM}: the proxy environment variables ({@code https_proxy},
 *            {@code http_proxy}, {@code no_proxy}, upper or lower case) in force
 */
public record ProxyConfiguration(Mode mode, String host, int port, List<String> nonProxyHosts,
		Map<String, String> environment) {

	/** How the proxy is chosen. */
	public enum Mode {
		/** The environment ({@code https_proxy}, {@code no_proxy}...), else the JVM's default selector. */
		SYSTEM,
		/** Always direct. */
		NONE,
		/** The proxy named by host and port, except for the non-proxy hosts. */
		MANUAL
	}

	/** Direct connections. */
	public static final ProxyConfiguration NONE = new ProxyConfiguration(Mode.NONE, "", 0, List.of(), Map.of()); //$NON-NLS-1$

	/** Validates and copies the components. */
	public ProxyConfiguration {
		Objects.requireNonNull(mode, "mode"); //$NON-NLS-1$
		host = host == null ? "" : host.trim(); //$NON-NLS-1$
		nonProxyHosts = List.copyOf(nonProxyHosts);
		environment = Map.copyOf(environment);
		if (mode == Mode.MANUAL && (host.isEmpty() || port <= 0 || port > 65535)) {
			throw new IllegalArgumentException("a manual proxy needs a host and a port between 1 and 65535"); //$NON-NLS-1$
		}
	}

	/**
	 * A manual proxy.
	 *
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @param nonProxyHosts hosts reached directly
	 * @return the configuration
	 */
	public static ProxyConfiguration manual(String host, int port, List<String> nonProxyHosts) {
		return new ProxyConfiguration(Mode.MANUAL, host, port, nonProxyHosts, Map.of());
	}

	/**
	 * The system configuration with the proxy variables of the given environment.
	 *
	 * @param environment usually {@link System#getenv()}
	 * @return the configuration
	 */
	public static ProxyConfiguration fromEnvironment(Map<String, String> environment) {
		Map<String, String> proxyVariables = new java.util.HashMap<>();
		for (String name : List.of("https_proxy", "http_proxy", "no_proxy", "all_proxy")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			String value = environment.get(name);
			if (value == null) {
				value = environment.get(name.toUpperCase(Locale.ROOT));
			}
			if (value != null && !value.isBlank()) {
				proxyVariables.put(name, value.trim());
			}
		}
		return new ProxyConfiguration(Mode.SYSTEM, "", 0, List.of(), proxyVariables); //$NON-NLS-1$
	}

	/**
	 * The proxy for a connection to {@code uri}.
	 *
	 * @param uri an {@code http} or {@code https} URI
	 * @return {@link Proxy#NO_PROXY} or an HTTP proxy
	 */
	public Proxy select(URI uri) {
		String target = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		switch (mode) {
		case NONE:
			return Proxy.NO_PROXY;
		case MANUAL:
			return bypassed(target, nonProxyHosts) ? Proxy.NO_PROXY
					: new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
		default:
			String variable = "https".equalsIgnoreCase(uri.getScheme()) ? environment.get("https_proxy") //$NON-NLS-1$ //$NON-NLS-2$
					: environment.get("http_proxy"); //$NON-NLS-1$
			if (variable == null) {
				variable = environment.get("all_proxy"); //$NON-NLS-1$
			}
			if (variable != null) {
				List<String> bypass = split(environment.getOrDefault("no_proxy", "")); //$NON-NLS-1$ //$NON-NLS-2$
				if (bypassed(target, bypass)) {
					return Proxy.NO_PROXY;
				}
				URI proxy = URI.create(variable.contains("://") ? variable : "http://" + variable); //$NON-NLS-1$ //$NON-NLS-2$
				if (proxy.getHost() == null) {
					return Proxy.NO_PROXY;
				}
				return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.getHost(),
						proxy.getPort() > 0 ? proxy.getPort() : 80));
			}
			ProxySelector selector = ProxySelector.getDefault();
			if (selector == null) {
				return Proxy.NO_PROXY;
			}
			List<Proxy> proxies = selector.select(uri);
			return proxies == null || proxies.isEmpty() ? Proxy.NO_PROXY : proxies.get(0);
		}
	}

	/**
	 * Splits a list of hosts separated by commas, {@code |} or white space, as {@code no_proxy} and the
	 * preference are written.
	 *
	 * @param hosts the list
	 * @return the hosts, without blanks
	 */
	public static List<String> split(String hosts) {
		List<String> out = new ArrayList<>();
		for (String part : hosts.split("[,|\\s]+")) { //$NON-NLS-1$
			if (!part.isBlank()) {
				out.add(part.trim().toLowerCase(Locale.ROOT));
			}
		}
		return out;
	}

	private static boolean bypassed(String target, List<String> patterns) {
		for (String raw : patterns) {
			String pattern = raw.toLowerCase(Locale.ROOT);
			if (pattern.equals("*") || pattern.equals(target)) { //$NON-NLS-1$
				return true;
			}
			String suffix = pattern.startsWith("*.") ? pattern.substring(1) //$NON-NLS-1$
					: pattern.startsWith(".") ? pattern : "." + pattern; //$NON-NLS-1$ //$NON-NLS-2$
			if (target.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}
}
