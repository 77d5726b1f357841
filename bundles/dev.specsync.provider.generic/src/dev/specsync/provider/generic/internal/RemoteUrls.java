package dev.specsync.provider.generic.internal;

import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jgit.transport.URIish;

/** Which remote URLs the generic provider accepts, and how they are named in messages. Stateless. */
final class RemoteUrls {

	private static final Pattern SCP_LIKE = Pattern.compile("^[^@/:\\s]+@[^@/:\\s]+:[^\\s]+$");

	private static final Set<String> SCHEMES = Set.of("https", "http", "ssh", "git", "git+ssh", "ssh+git");

	private RemoteUrls() {
	}

	/**
	 * The URL as JGit understands it, if it is a network Git remote: a URL with one of {@link #SCHEMES} and a
	 * host, or the scp-like {@code user@host:path}. {@code null} otherwise (file URLs, paths, garbage).
	 */
	static URIish parse(String url) {
		if (url == null || url.isBlank() || url.strip().contains(" ")) {
			return null;
		}
		try {
			URIish uri = new URIish(url.strip());
			String scheme = uri.getScheme();
			if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getPath() == null || uri.getPath().isEmpty()
					|| uri.getPath().equals("/")) {
				return null;
			}
			if (scheme == null) {
				// scp-like user@host:path only; JGit would also read C:\path or mailto:x@y as host and path
				return SCP_LIKE.matcher(url.strip()).matches() ? uri : null;
			}
			return SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) ? uri : null;
		} catch (URISyntaxException e) {
			return null;
		}
	}

	/** Whether the URL goes through SSH. */
	static boolean isSsh(URIish uri) {
		String scheme = uri.getScheme();
		return scheme == null || scheme.toLowerCase(Locale.ROOT).contains("ssh");
	}

	/** {@code host} or {@code host:port}, for messages; never user information. */
	static String hostOf(URIish uri) {
		return uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
	}

	/** The URL without user information or password, for messages. */
	static String display(URIish uri) {
		return uri.setUser(null).setPass(null).toString();
	}
}
