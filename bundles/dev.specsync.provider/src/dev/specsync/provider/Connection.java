package dev.specsync.provider;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom a provider operation connects: the URL from the connect form (a server, an organisation
 * or a repository, as the provider's form asks for it), the other non-secret form values, and the
 * {@link Credentials}.
 *
 * <p>Immutable apart from the credentials, which the caller closes after the operation. {@link #toString()}
 * never shows the secret nor the user information of the URL.
 */
public final class Connection {

	private final String url;
	private final Map<String, String> values;
	private final Credentials credentials;

	/**
	 * A connection.
	 *
	 * @param url the URL (or, for a local provider, the path) the user connects to; must not hold user
	 *            information with a password
	 * @param values the non-secret values of the connect form by {@link FormField#id()}; copied
	 * @param credentials the credentials; not copied
	 */
	public Connection(String url, Map<String, String> values, Credentials credentials) {
		this.url = Objects.requireNonNull(url, "url");
		this.values = Map.copyOf(values);
		this.credentials = Objects.requireNonNull(credentials, "credentials");
	}

	/**
	 * A connection without further form values.
	 *
	 * @param url the URL or path
	 * @param credentials the credentials
	 * @return the connection
	 */
	public static Connection of(String url, Credentials credentials) {
		return new Connection(url, Map.of(), credentials);
	}

	/**
	 * A connection without credentials.
	 *
	 * @param url the URL or path
	 * @return the connection
	 */
	public static Connection anonymous(String url) {
		return of(url, Credentials.none());
	}

	/**
	 * The URL or path.
	 *
	 * @return the URL
	 */
	public String url() {
		return url;
	}

	/**
	 * The non-secret form values.
	 *
	 * @return an unmodifiable map by field id
	 */
	public Map<String, String> values() {
		return values;
	}

	/**
	 * One form value.
	 *
	 * @param fieldId a {@link FormField#id()}
	 * @return the value, empty if absent or blank
	 */
	public Optional<String> value(String fieldId) {
		return Optional.ofNullable(values.get(fieldId)).filter(v -> !v.isBlank());
	}

	/**
	 * The credentials.
	 *
	 * @return the credentials, which the caller closes
	 */
	public Credentials credentials() {
		return credentials;
	}

	@Override
	public String toString() {
		return "Connection[" + url.replaceAll("(?i)^([a-z][a-z0-9+.-]*://)[^/@]+@", "$1***@") + ", " + values + ", "
				+ credentials + "]";
	}
}
