package dev.specsync.provider;

import java.util.Objects;

/**
 * An owner of repositories: an organisation, a group, a workspace, a project or the user's own account.
 *
 * @param id the provider's identifier, passed back to {@link GitProvider#listRepositories}; never blank
 * @param displayName the name shown to users; never blank
 * @param webUrl the owner's page on the service, empty if none
 */
public record Organization(String id, String displayName, String webUrl) {

	/** Checks the components; a {@code null} web URL becomes empty. */
	public Organization {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(displayName, "displayName");
		webUrl = webUrl == null ? "" : webUrl;
	}
}
