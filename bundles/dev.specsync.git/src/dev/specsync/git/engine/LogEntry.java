package dev.specsync.git.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.lib.ObjectId;

/**
 * One commit of a history.
 *
 * @param id the commit id
 * @param author the author
 * @param time when it was authored
 * @param shortMessage the first line of the message
 * @param message the full message
 * @param parents the parent commits; unmodifiable
 */
public record LogEntry(ObjectId id, Author author, Instant time, String shortMessage, String message,
		List<ObjectId> parents) {

	/**
	 * Copies the ids.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public LogEntry {
		id = Objects.requireNonNull(id, "id").copy(); //$NON-NLS-1$
		Objects.requireNonNull(author, "author"); //$NON-NLS-1$
		Objects.requireNonNull(time, "time"); //$NON-NLS-1$
		Objects.requireNonNull(shortMessage, "shortMessage"); //$NON-NLS-1$
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
		parents = parents.stream().map(ObjectId::copy).toList();
	}
}
