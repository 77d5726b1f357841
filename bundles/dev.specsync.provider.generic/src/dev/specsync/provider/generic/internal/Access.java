package dev.specsync.provider.generic.internal;

import java.util.Arrays;

import org.eclipse.jgit.transport.CredentialsProvider;
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
	}

	/** The JGit credentials provider, {@code null} for anonymous access. */
	CredentialsProvider credentialsProvider() {
		return provider;
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
	}
}
