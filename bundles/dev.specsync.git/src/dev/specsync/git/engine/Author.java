package dev.specsync.git.engine;

import java.util.Objects;

/**
 * The person recorded as author (and committer) of a commit or tagger of a tag.
 *
 * @param name the display name, not blank
 * @param email the e-mail address, not blank
 */
public record Author(String name, String email) {

	/**
	 * Checks both components.
	 *
	 * @throws IllegalArgumentException if {@code name} or {@code email} is blank or contains a line break
	 * @throws NullPointerException if a component is {@code null}
	 */
	public Author {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(email, "email"); //$NON-NLS-1$
		if (name.isBlank() || email.isBlank() || (name + email).contains("\n") || (name + email).contains("<") //$NON-NLS-1$ //$NON-NLS-2$
				|| (name + email).contains(">")) { //$NON-NLS-1$
			throw new IllegalArgumentException("An author needs a name and an e-mail address without line breaks or angle brackets"); //$NON-NLS-1$
		}
	}
}
