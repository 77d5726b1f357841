package dev.specsync.document;

import java.util.Objects;

/**
 * A problem found in a source file, positioned for display in an editor.
 *
 * @param severity how serious, never null
 * @param path     the file path or label the document was loaded with, never null (may be empty)
 * @param line     1-based line, or 0 when the problem has no position (for example a size limit)
 * @param column   1-based column counted in UTF-16 chars, or 0 when the problem has no position
 * @param message  what is wrong, never null
 * @param hint     how to fix it, or null when there is nothing useful to say
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message, String hint) {

	/**
	 * Checks the values that must be present.
	 *
	 * @throws NullPointerException when {@code severity}, {@code path} or {@code message} is {@code null}
	 */
	public Diagnostic {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(message, "message");
	}

	/** {@code path:line:column: severity: message (hint)} as a compiler would print it. */
	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder(path);
		if (line > 0) {
			sb.append(':').append(line).append(':').append(column);
		}
		sb.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message);
		if (hint != null) {
			sb.append(" (hint: ").append(hint).append(')');
		}
		return sb.toString();
	}
}
