package dev.specsync.credentials.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.credentials.CredentialStore;
import dev.specsync.credentials.CredentialStoreException;
import dev.specsync.git.credentials.Credential;
import dev.specsync.git.credentials.GitCredentials;

/**
 * Gives the Git engine the accounts kept in secure storage: for a remote URL, the account stored for its host
 * (with the port when the URL has one). The account named in the URL's user part is taken when it is stored;
 * otherwise the host's only account. With several accounts and none named, nothing is guessed: the server's
 * refusal then says to choose one.
 */
@Component(service = GitCredentials.class)
public final class StoredGitCredentials implements GitCredentials {

	private final CredentialStore store;

	/**
	 * @param store where the secrets are
	 */
	@Activate
	public StoredGitCredentials(@Reference CredentialStore store) {
		this.store = store;
	}

	@Override
	public Optional<Credential> lookup(String uri) {
		Optional<URI> parsed = parse(uri);
		if (parsed.isEmpty() || parsed.get().getHost() == null) {
			return Optional.empty();
		}
		URI remote = parsed.get();
		String host = remote.getHost().toLowerCase(Locale.ROOT) + (remote.getPort() > 0 ? ":" + remote.getPort() : ""); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			List<String> accounts = store.accounts(host);
			String named = remote.getUserInfo();
			String account = named != null && accounts.contains(named) ? named
					: accounts.size() == 1 ? accounts.get(0) : null;
			if (account == null) {
				return Optional.empty();
			}
			Optional<char[]> secret = store.read(host, account);
			if (secret.isEmpty() || secret.get().length == 0) {
				return Optional.empty();
			}
			char[] value = secret.get();
			try {
				return Optional.of(new Credential(account, value));
			} finally {
				Arrays.fill(value, '\0');
			}
		} catch (CredentialStoreException e) {
			return Optional.empty(); // a locked or unreadable store: the engine reports the server's refusal
		}
	}

	private static Optional<URI> parse(String uri) {
		try {
			return Optional.of(new URI(uri));
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
	}
}
