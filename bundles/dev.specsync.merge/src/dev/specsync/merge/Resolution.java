package dev.specsync.merge;

import java.util.Objects;

/**
 * The user's answer to one conflict.
 *
 * @param pointer the {@link Conflict#pointer()} of the conflict, never {@code null}
 * @param choice which value to keep, never {@code null}
 * @param value the value for {@link Choice#CUSTOM} as plain Java; ignored for the other choices
 */
public record Resolution(String pointer, Choice choice, Object value) {

	/**
	 * Checks the values.
	 *
	 * @throws NullPointerException when {@code pointer} or {@code choice} is {@code null}
	 */
	public Resolution {
		Objects.requireNonNull(pointer, "pointer"); //$NON-NLS-1$
		Objects.requireNonNull(choice, "choice"); //$NON-NLS-1$
	}

	/**
	 * Keep our value.
	 *
	 * @param pointer the conflict's pointer
	 * @return the resolution
	 */
	public static Resolution ours(String pointer) {
		return new Resolution(pointer, Choice.OURS, null);
	}

	/**
	 * Take their value.
	 *
	 * @param pointer the conflict's pointer
	 * @return the resolution
	 */
	public static Resolution theirs(String pointer) {
		return new Resolution(pointer, Choice.THEIRS, null);
	}

	/**
	 * Keep both sides' items.
	 *
	 * @param pointer the conflict's pointer
	 * @return the resolution
	 */
	public static Resolution both(String pointer) {
		return new Resolution(pointer, Choice.BOTH, null);
	}

	/**
	 * Use a value of one's own.
	 *
	 * @param pointer the conflict's pointer
	 * @param value the value as plain Java
	 * @return the resolution
	 */
	public static Resolution custom(String pointer, Object value) {
		return new Resolution(pointer, Choice.CUSTOM, value);
	}
}
