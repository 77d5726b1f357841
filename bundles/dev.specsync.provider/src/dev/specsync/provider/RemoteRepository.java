package dev.specsync.provider;

import java.util.List;
import java.util.Objects;

/**
 * A repository on a hosting service.
 *
 * @param id the provider's identifier, for example {@code owner/name}; never blank
 * @param displayName the name shown to users; never blank
 * @param cloneUrls the URLs Git can clone it from, preferred first (HTTPS before SSH); never empty, and
 *            never with credentials in them
 * @param defaultBranch the name of the default branch, empty if unknown or if the repository is empty
 */
public record RemoteRepository(String id, String displayName, List<String> cloneUrls, String defaultBranch) {

	/**
	 * Checks and copies the components; a {@code null} default branch becomes empty.
	 *
	 * @throws IllegalArgumentException if there is no clone URL
	 */
	public RemoteRepository {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(displayName, "displayName");
		cloneUrls = List.copyOf(cloneUrls);
		defaultBranch = defaultBranch == null ? "" : defaultBranch;
		if (cloneUrls.isEmpty()) {
			throw new IllegalArgumentException("a repository has at least one clone URL");
		}
	}
}
