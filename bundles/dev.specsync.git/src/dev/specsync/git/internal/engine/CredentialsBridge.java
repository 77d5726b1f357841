package dev.specsync.git.internal.engine;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

import dev.specsync.git.credentials.Credential;
import dev.specsync.git.credentials.GitCredentials;

/**
 * Hands a {@link GitCredentials} lookup to JGit. Remembers whether a credential was supplied, so that a
 * rejection can be reported as "the token was rejected" rather than "no credentials". Never stores the
 * secret beyond the single {@link #get} call.
 */
final class CredentialsBridge extends CredentialsProvider {

	private final GitCredentials credentials;
	private volatile boolean supplied;
	private volatile String lastUri;

	CredentialsBridge(GitCredentials credentials) {
		this.credentials = credentials;
	}

	/** The remote URL without user information, as passed to {@link GitCredentials#lookup(String)}. */
	static String withoutUserInfo(URIish uri) {
		return uri.setUser(null).setPass(null).toString();
	}

	@Override
	public boolean isInteractive() {
		return false;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			// an informational message (as JGit sends with an SSH key passphrase prompt) needs no answer; a
			// yes/no question (such as "trust this certificate?") is not supported, so nothing is trusted by asking
			if (!(item instanceof CredentialItem.Username) && !(item instanceof CredentialItem.Password)
					&& !(item instanceof CredentialItem.InformationalMessage)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		String key = withoutUserInfo(uri);
		lastUri = key;
		Optional<Credential> found = credentials.lookup(key);
		if (found.isEmpty()) {
			return false;
		}
		Credential credential = found.get();
		try {
			for (CredentialItem item : items) {
				if (item instanceof CredentialItem.Username user) {
					user.setValue(credential.username());
				} else if (item instanceof CredentialItem.Password password) {
					char[] secret = credential.secret();
					password.setValue(secret);
					Arrays.fill(secret, '\0');
				} else if (item instanceof CredentialItem.InformationalMessage) {
					// not interactive: nobody to show it to
				} else {
					throw new UnsupportedCredentialItem(uri, item.getClass().getSimpleName());
				}
			}
			supplied = true;
			return true;
		} finally {
			credential.clear();
		}
	}

	@Override
	public void reset(URIish uri) {
		if (supplied) {
			credentials.rejected(withoutUserInfo(uri));
		}
	}

	boolean supplied() {
		return supplied;
	}

	String lastUri() {
		return lastUri;
	}
}
