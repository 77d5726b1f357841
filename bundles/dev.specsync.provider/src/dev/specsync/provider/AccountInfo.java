package dev.specsync.provider;

import java.util.Objects;
import java.util.Set;

/**
 * The account a credential check found.
 *
 * @param name the account's name as the service shows it (a login, an e-mail address), or a description such
 *            as "anonymous" when the connection has no credentials; never blank
 * @param scopes the scopes (permissions) the credentials grant, as the service names them; empty when the
 *            service does not report scopes
 */
public record AccountInfo(String name, Set<String> scopes) {

	/**
	 * Checks and copies the components.
	 *
	 * @throws IllegalArgumentException if {@code name} is blank
	 */
	public AccountInfo {
		Objects.requireNonNull(name, "name");
		scopes = Set.copyOf(scopes);
		if (name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
	}
}
