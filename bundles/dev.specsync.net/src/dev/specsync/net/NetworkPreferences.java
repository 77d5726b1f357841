package dev.specsync.net;

/**
 * The keys of the network settings in the Eclipse preferences, instance scope, node {@link #NODE}. The
 * workbench's preference pages and the command line edit them; the {@link NetworkSettings} service reads
 * them on every call. The proxy's user name and password are never preferences: they are kept in secure
 * storage ({@link ProxyCredentials}).
 */
public final class NetworkPreferences {

	/** The preference node ({@code InstanceScope.INSTANCE.getNode(NODE)}). */
	public static final String NODE = "dev.specsync.net"; //$NON-NLS-1$

	/**
	 * Absolute path of the folder of certificate authorities the user added (PEM files). Default: the folder
	 * {@code certificates} in the user's SpecSync state ({@code osgi.user.area}, else {@code ~/.specsync}).
	 */
	public static final String TRUST_USER_FOLDER = "trust.userFolder"; //$NON-NLS-1$

	/**
	 * Absolute path of the SSH {@code known_hosts} file of accepted host keys. Default: {@code known_hosts}
	 * beside the user's certificate folder.
	 */
	public static final String SSH_KNOWN_HOSTS = "ssh.knownHosts"; //$NON-NLS-1$

	/**
	 * How connections find their proxy: {@code system} (default: the environment variables
	 * {@code https_proxy}/{@code http_proxy}/{@code no_proxy}, else the JVM's proxy selector), {@code none}, or
	 * {@code manual} (the keys below). Values are the lower-case names of {@link ProxyConfiguration.Mode}.
	 */
	public static final String PROXY_MODE = "proxy.mode"; //$NON-NLS-1$

	/** Host name or address of the manual proxy. */
	public static final String PROXY_HOST = "proxy.host"; //$NON-NLS-1$

	/** Port of the manual proxy (default 8080). */
	public static final String PROXY_PORT = "proxy.port"; //$NON-NLS-1$

	/**
	 * Hosts reached without the manual proxy, separated by commas or {@code |}: a host name, an address, a
	 * domain suffix ({@code .example.com} or {@code *.example.com}) or {@code *} for all.
	 */
	public static final String PROXY_NON_PROXY_HOSTS = "proxy.nonProxyHosts"; //$NON-NLS-1$

	/**
	 * Not read: the user name of a proxy that requires sign-in is kept with its password in secure storage
	 * ({@link ProxyCredentials}), never in preferences.
	 *
	 * @deprecated the proxy's user name is in secure storage
	 */
	@Deprecated
	public static final String PROXY_USER = "proxy.user"; //$NON-NLS-1$

	/**
	 * Sub-folder of the installation's configuration area ({@code osgi.configuration.area}) where an
	 * enterprise build ships certificate authorities (PEM files) trusted by every user of the installation.
	 */
	public static final String ENTERPRISE_FOLDER = "dev.specsync.net/certificates"; //$NON-NLS-1$

	private NetworkPreferences() {
	}
}
