package dev.specsync.provider;

import java.util.Objects;

/**
 * A branch of a repository.
 *
 * @param name the short name, for example {@code main} or {@code feature/pets} (without {@code refs/heads/})
 * @param commitId the full hexadecimal id of the commit it points at, lower case
 * @param isDefault whether it is the repository's default branch (the remote {@code HEAD})
 */
public record Branch(String name, String commitId, boolean isDefault) {

	/**
	 * Checks the components.
	 *
	 * @throws IllegalArgumentException if the name is blank or starts with {@code refs/}
	 */
	public Branch {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(commitId, "commitId");
		if (name.isBlank() || name.startsWith("refs/")) {
			throw new IllegalArgumentException("a branch's short name is expected: " + name);
		}
	}
}
