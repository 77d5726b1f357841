package dev.specsync.ui.connect.internal.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Connection;
import dev.specsync.provider.Credentials;
import dev.specsync.provider.FormField;
import dev.specsync.provider.GitProvider;

/**
 * The values of one provider's connect form, independent of SWT: the fields the provider declares for the chosen
 * {@link AuthMethod}, their values (defaults first), the secret held apart as a {@code char[]}, the check of what
 * the user typed and the {@link Connection} built from it.
 *
 * <p>Values of fields that exist under the new method survive a change of method; the secret is cleared. Not
 * thread-safe: the dialog uses it on the UI thread and hands {@link #toConnection()} to a job.
 */
public final class ConnectForm {

	private static final Pattern SCHEME_URL = Pattern.compile("(?i)^(https?|ssh|git|file)://[^\\s]+$"); //$NON-NLS-1$
	private static final Pattern SCP_URL = Pattern.compile("^[^\\s@/:]+@[^\\s/:]+:[^\\s]+$"); //$NON-NLS-1$

	private final GitProvider provider;
	private AuthMethod method;
	private List<FormField> fields;
	private final Map<String, String> values = new LinkedHashMap<>();
	private char[] secret = new char[0];

	/**
	 * A form for a provider with its first (preferred) authentication method and the fields' defaults.
	 *
	 * @param provider the provider
	 */
	public ConnectForm(GitProvider provider) {
		this.provider = Objects.requireNonNull(provider);
		setMethod(provider.authMethods().iterator().next());
	}

	/** @return the provider the form belongs to */
	public GitProvider provider() {
		return provider;
	}

	/** @return the authentication methods of the provider, preferred first */
	public List<AuthMethod> methods() {
		return List.copyOf(provider.authMethods());
	}

	/** @return the chosen authentication method */
	public AuthMethod method() {
		return method;
	}

	/**
	 * Chooses an authentication method: the fields become the provider's fields for it; values of fields kept
	 * by id survive, new fields start at their default, and the secret is cleared.
	 *
	 * @param newMethod one of {@link #methods()}
	 */
	public void setMethod(AuthMethod newMethod) {
		method = Objects.requireNonNull(newMethod);
		fields = List.copyOf(provider.connectForm(newMethod));
		Map<String, String> kept = new LinkedHashMap<>();
		for (FormField field : fields) {
			if (field.kind() != FormField.Kind.SECRET) {
				kept.put(field.id(), values.getOrDefault(field.id(), field.defaultValue()));
			}
		}
		values.clear();
		values.putAll(kept);
		setSecret(new char[0]);
	}

	/** @return the fields of the chosen method, in display order */
	public List<FormField> fields() {
		return fields;
	}

	/**
	 * The value of a non-secret field.
	 *
	 * @param fieldId the field's id
	 * @return the value, empty if none
	 */
	public String value(String fieldId) {
		return values.getOrDefault(fieldId, ""); //$NON-NLS-1$
	}

	/**
	 * Sets the value of a non-secret field; the secret goes through {@link #setSecret(char[])}.
	 *
	 * @param fieldId the field's id
	 * @param value what the user typed
	 * @throws IllegalArgumentException if the form has no such non-secret field
	 */
	public void set(String fieldId, String value) {
		FormField field = field(fieldId).orElseThrow(() -> new IllegalArgumentException(fieldId));
		if (field.kind() == FormField.Kind.SECRET) {
			throw new IllegalArgumentException(fieldId);
		}
		values.put(fieldId, value == null ? "" : value); //$NON-NLS-1$
	}

	/**
	 * Sets the secret (token, password, passphrase); the array is copied, the caller clears its own.
	 *
	 * @param value the secret
	 */
	public void setSecret(char[] value) {
		Arrays.fill(secret, '\0');
		secret = value.clone();
	}

	/** @return whether the chosen method has a secret field */
	public boolean hasSecretField() {
		return fields.stream().anyMatch(f -> f.kind() == FormField.Kind.SECRET);
	}

	/** @return a copy of the secret, which the caller clears */
	public char[] secret() {
		return secret.clone();
	}

	/** Clears the secret held by the form. */
	public void clearSecret() {
		Arrays.fill(secret, '\0');
		secret = new char[0];
	}

	private Optional<FormField> field(String id) {
		return fields.stream().filter(f -> f.id().equals(id)).findFirst();
	}

	/**
	 * What keeps the form from being used, one sentence per problem naming the field and what to do, in field
	 * order.
	 *
	 * @return the problems, empty when the form is complete
	 */
	public List<String> problems() {
		return problems(true, true);
	}

	/**
	 * The required fields still empty, one sentence each, in field order.
	 *
	 * @return what is missing
	 */
	public List<String> missing() {
		return problems(true, false);
	}

	/**
	 * The values that are wrong (not merely missing), one sentence each naming the field and the fix.
	 *
	 * @return what is invalid
	 */
	public List<String> invalid() {
		return problems(false, true);
	}

	private List<String> problems(boolean missing, boolean invalid) {
		List<String> problems = new ArrayList<>();
		for (FormField field : fields) {
			boolean empty = field.kind() == FormField.Kind.SECRET ? secret.length == 0 : value(field.id()).isBlank();
			if (empty) {
				if (field.required() && missing) {
					problems.add(NLS.bind(Messages.Form_required, field.label()));
				}
				continue;
			}
			if (!invalid) {
				continue;
			}
			if (field.kind() == FormField.Kind.URL && !isUrl(value(field.id()).strip())) {
				problems.add(NLS.bind(Messages.Form_badUrl, field.label(), value(field.id()).strip()));
			} else if (field.kind() == FormField.Kind.URL && hasPassword(value(field.id()).strip())) {
				problems.add(NLS.bind(Messages.Form_secretInUrl, field.label()));
			} else if (field.kind() == FormField.Kind.CHOICE && !field.choices().contains(value(field.id()))) {
				problems.add(NLS.bind(Messages.Form_badChoice, field.label(), String.join(", ", field.choices()))); //$NON-NLS-1$
			}
		}
		return problems;
	}

	/**
	 * Whether a text is a Git remote URL the form accepts: {@code https://}, {@code http://}, {@code ssh://},
	 * {@code git://}, {@code file://} or the scp-like {@code user@host:path}.
	 *
	 * @param text the text
	 * @return whether it is accepted
	 */
	public static boolean isUrl(String text) {
		return SCHEME_URL.matcher(text).matches() || SCP_URL.matcher(text).matches();
	}

	private static boolean hasPassword(String url) {
		return url.matches("(?i)^[a-z][a-z0-9+.-]*://[^/@\\s]*:[^/@\\s]*@.*"); //$NON-NLS-1$
	}

	/** @return the URL (or path) of the form, as typed without surrounding blanks */
	public String url() {
		return value(FormField.URL).strip();
	}

	/**
	 * The host of the form's URL as the credential store keys it: lower case, with the port when there is one.
	 *
	 * @return the host, empty for a path, a {@code file:} URL or a URL without host
	 */
	public Optional<String> host() {
		return hostOf(url());
	}

	/**
	 * The host of a remote URL as the credential store keys it.
	 *
	 * @param url a remote URL, scp-like address or path
	 * @return the host, lower case and with {@code :port} if the URL has one; empty for paths
	 */
	public static Optional<String> hostOf(String url) {
		if (SCP_URL.matcher(url).matches() && !url.contains("://")) { //$NON-NLS-1$
			String host = url.substring(url.indexOf('@') + 1, url.indexOf(':', url.indexOf('@')));
			return Optional.of(host.toLowerCase(Locale.ROOT));
		}
		try {
			URI uri = new URI(url);
			if (uri.getHost() == null || "file".equalsIgnoreCase(uri.getScheme())) { //$NON-NLS-1$
				return Optional.empty();
			}
			return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() > 0 ? ":" + uri.getPort() : "")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
	}

	/**
	 * The account the secret is stored under: the user name field when given, otherwise {@code git} (what Git
	 * servers accept as the user of a token).
	 *
	 * @return the account name, never blank
	 */
	public String account() {
		String user = value(FormField.USERNAME).strip();
		return user.isEmpty() ? "git" : user; //$NON-NLS-1$
	}

	/**
	 * The connection the provider's operations get: the URL, the non-secret values and credentials for the
	 * chosen method. The caller closes its credentials when the operation ends.
	 *
	 * @return the connection
	 */
	public Connection toConnection() {
		Map<String, String> plain = new LinkedHashMap<>(values);
		plain.replaceAll((k, v) -> v.strip());
		String user = value(FormField.USERNAME).strip();
		Credentials credentials = switch (method) {
		case PERSONAL_ACCESS_TOKEN -> Credentials.token(user.isEmpty() ? null : user, secret);
		case OAUTH -> Credentials.oauth(secret);
		case USERNAME_PASSWORD -> Credentials.usernamePassword(user, secret);
		case SSH_KEY -> Credentials.sshKey(user.isEmpty() ? null : user, value(FormField.SSH_KEY_FILE).strip(),
				secret.length == 0 ? null : secret);
		default -> Credentials.none();
		};
		return new Connection(url(), plain, credentials);
	}
}
