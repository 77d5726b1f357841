package dev.specsync.provider.generic.internal;

import java.util.Arrays;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import dev.specsync.provider.AuthMethod;
import dev.specsync.provider.Credentials;

/**
 * The JGit credentials of one operation, made from the connection's {@link Credentials}; closing clears every
 * copy of the secret this object made. Also scrubs the secret out of texts that reach a user.
 */
final class Access implements AutoCloseable {

	/** The user name sent with a token when the user gave none (most servers ignore it). */
	static final String TOKEN_USER = "git";

	private final AuthMethod method;
	private final char[] secret;
	private final UsernamePasswordCredentialsProvider provider;
	private final Passphrase passphrase;

	Access(Credentials credentials) {
		this.method = credentials.method();
		this.secret = credentials.hasSecret() ? credentials.secret() : new char[0];
		this.provider = switch (method) {
		case PERSONAL_ACCESS_TOKEN, OAUTH -> new UsernamePasswordCredentialsProvider(
				credentials.username().orElse(TOKEN_USER), secret.clone());
		case USERNAME_PASSWORD -> new UsernamePasswordCredentialsProvider(credentials.username().orElse(""),
				secret.clone());
		default -> null;
		};
		this.passphrase = method == AuthMethod.SSH_KEY && secret.length > 0 ? new Passphrase(secret.clone()) : null;
	}

	/** The JGit credentials provider, {@code null} for anonymous access and for an SSH key without passphrase. */
	CredentialsProvider credentialsProvider() {
		return passphrase != null ? passphrase : provider;
	}

	AuthMethod method() {
		return method;
	}

	boolean hasSecret() {
		return secret.length > 0;
	}

	/** The text with every occurrence of the secret masked (defence in depth: JGit's messages do not hold it), without making a {@code String} of the secret. */
	String scrub(String text) {
		if (text == null || secret.length < 4) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			if (secretAt(text, i)) {
				out.append("***");
				i += secret.length;
			} else {
				out.append(text.charAt(i++));
			}
		}
		return out.toString();
	}

	private boolean secretAt(String text, int start) {
		if (start + secret.length > text.length()) {
			return false;
		}
		for (int k = 0; k < secret.length; k++) {
			if (text.charAt(start + k) != secret[k]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void close() {
		Arrays.fill(secret, '\0');
		if (provider != null) {
			provider.clear();
		}
		if (passphrase != null) {
			passphrase.clear();
		}
	}

	/**
	 * Answers JGit's SSH key passphrase prompt (a password item, with an informational message) and nothing
	 * else: no yes/no question is answered, so nothing is ever accepted by asking.
	 */
	private static final class Passphrase extends CredentialsProvider {

		private final char[] value;

		Passphrase(char[] value) {
			this.value = value;
		}

		@Override
		public boolean isInteractive() {
			return false;
		}

		@Override
		public boolean supports(CredentialItem... items) {
			for (CredentialItem item : items) {
				if (!(item instanceof CredentialItem.Password) && !(item instanceof CredentialItem.InformationalMessage)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
			for (CredentialItem item : items) {
				if (item instanceof CredentialItem.Password password) {
					password.setValue(value.clone());
				} else if (!(item instanceof CredentialItem.InformationalMessage)) {
					throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName());
				}
			}
			return true;
		}

		void clear() {
			Arrays.fill(value, '\0');
		}
	}
}
