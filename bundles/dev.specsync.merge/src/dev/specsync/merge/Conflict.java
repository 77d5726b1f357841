package dev.specsync.merge;

import java.util.Objects;
import java.util.Set;

/**
 * A place where the two sides' changes could not be merged; the merged text keeps our value there until the
 * conflict is resolved.
 *
 * @param pointer where, as an RFC 6901 JSON pointer into the merged document (e.g.
 *        {@code /paths/~1health/get/summary}); it also identifies the conflict in a {@link Resolution}
 * @param kind why, never {@code null}
 * @param base the ancestor's value, never {@code null}
 * @param ours our value, never {@code null}
 * @param theirs their value, never {@code null}
 * @param choices the resolutions that make sense here; {@link Choice#CUSTOM} is always one
 * @param message a sentence that says what happened, for people
 */
public record Conflict(String pointer, ConflictKind kind, ConflictSide base, ConflictSide ours,
		ConflictSide theirs, Set<Choice> choices, String message) {

	/**
	 * Checks and copies the values.
	 *
	 * @throws NullPointerException when a value is {@code null}
	 */
	public Conflict {
		Objects.requireNonNull(pointer, "pointer"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(base, "base"); //$NON-NLS-1$
		Objects.requireNonNull(ours, "ours"); //$NON-NLS-1$
		Objects.requireNonNull(theirs, "theirs"); //$NON-NLS-1$
		choices = Set.copyOf(choices);
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
	}
}
