package dev.specsync.diff;

import java.util.Objects;

/**
 * Where a change is in one version.
 *
 * @param file the file holding the element, named as the version's root was named by the caller (other files of
 *        a multi-file version relative to it, e.g. {@code api/schemas/pet.yaml}), never {@code null}
 * @param pointer the JSON pointer of the element in {@code file} (of the nearest existing parent when the element
 *        does not exist in this version), never {@code null}
 * @param line the 1-based line of that element in {@code file}
 * @param column the 1-based column of that element
 */
public record Location(String file, String pointer, int line, int column) {

	/**
	 * Checks that nothing is {@code null}.
	 *
	 * @param file the file
	 * @param pointer the JSON pointer
	 * @param line the 1-based line
	 * @param column the 1-based column
	 */
	public Location {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(pointer, "pointer"); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return file + ':' + line + ':' + column + ' ' + pointer;
	}
}
