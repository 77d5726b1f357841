package dev.specsync.git.engine;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A tag.
 *
 * @param name the short name, for example {@code v2.1.0}
 * @param commit the commit it marks
 * @param message the annotation, empty for a lightweight tag
 * @param tagger who created an annotated tag, empty for a lightweight tag
 */
public record TagInfo(String name, ObjectId commit, Optional<String> message, Optional<Author> tagger) {

	/**
	 * Copies the id.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public TagInfo {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		commit = Objects.requireNonNull(commit, "commit").copy(); //$NON-NLS-1$
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
		Objects.requireNonNull(tagger, "tagger"); //$NON-NLS-1$
	}

	/**
	 * Whether the tag is annotated.
	 *
	 * @return {@code true} if it has a message
	 */
	public boolean annotated() {
		return message.isPresent();
	}
}
