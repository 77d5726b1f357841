package dev.specsync.provider;

import java.util.Objects;

/**
 * A pull request (merge request) to open.
 *
 * @param repositoryUrl the repository, as a URL the provider recognises
 * @param sourceBranch the branch with the changes
 * @param targetBranch the branch to merge into
 * @param title the title, never blank
 * @param description the description (Markdown where the service supports it), may be empty
 */
public record PullRequestDraft(String repositoryUrl, String sourceBranch, String targetBranch, String title,
		String description) {

	/** Checks the components; a {@code null} description becomes empty. */
	public PullRequestDraft {
		Objects.requireNonNull(repositoryUrl, "repositoryUrl");
		Objects.requireNonNull(sourceBranch, "sourceBranch");
		Objects.requireNonNull(targetBranch, "targetBranch");
		Objects.requireNonNull(title, "title");
		description = description == null ? "" : description;
	}
}
