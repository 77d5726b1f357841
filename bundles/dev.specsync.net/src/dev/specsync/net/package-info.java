/**
 * Network settings every SpecSync connection uses: which certificate authorities are trusted for TLS
 * ({@link dev.specsync.net.CertificateTrust}) and which HTTP proxy is used
 * ({@link dev.specsync.net.ProxyConfiguration}), both read from the {@link dev.specsync.net.NetworkSettings}
 * OSGi service. The preference keys the settings are stored under are in
 * {@link dev.specsync.net.NetworkPreferences}; secrets (the proxy's user name and
 * password) are never stored there but in secure storage ({@link dev.specsync.net.ProxyCredentials}).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package dev.specsync.net;
