package dev.specsync.diff;

import java.util.Objects;

/**
 * One operation: an HTTP method on a path template, as written in the new version (in the old one when the
 * operation was removed).
 *
 * @param method the method in upper case, for example {@code GET}, never {@code null}
 * @param path the path template, for example {@code /users/{id}}, never {@code null}
 */
public record Operation(String method, String path) {

	/**
	 * Checks that nothing is {@code null}.
	 *
	 * @param method the method in upper case
	 * @param path the path template
	 */
	public Operation {
		Objects.requireNonNull(method, "method"); //$NON-NLS-1$
		Objects.requireNonNull(path, "path"); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return method + ' ' + path;
	}
}
