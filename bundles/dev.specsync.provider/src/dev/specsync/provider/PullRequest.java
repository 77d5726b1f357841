package dev.specsync.provider;

import java.util.Objects;

/**
 * An opened pull request (merge request).
 *
 * @param id the provider's identifier, for example its number
 * @param title its title
 * @param webUrl its page on the service, empty if none
 */
public record PullRequest(String id, String title, String webUrl) {

	/** Checks the components; a {@code null} web URL becomes empty. */
	public PullRequest {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		webUrl = webUrl == null ? "" : webUrl;
	}
}
