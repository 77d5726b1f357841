package dev.specsync.diff;

import java.util.Objects;

/**
 * Where a change is in one version.
 *
 * @param pointer the JSON pointer of the element (of the nearest existing parent when the element does not exist
 *        in this version), never {@code null}
 * @param line the 1-based line of that element
 * @param column the 1-based column of that element
 */
public record Location(String pointer, int line, int column) {

	/**
	 * Checks that the pointer is not {@code null}.
	 *
	 * @param pointer the JSON pointer
	 * @param line the 1-based line
	 * @param column the 1-based column
	 */
	public Location {
		Objects.requireNonNull(pointer, "pointer"); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return line + ":" + column + ' ' + pointer; //$NON-NLS-1$
	}
}
