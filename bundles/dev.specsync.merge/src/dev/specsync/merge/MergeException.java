package dev.specsync.merge;

import java.util.List;

import dev.specsync.document.Diagnostic;

/**
 * A merge that could not start or go on: a side is not usable JSON or YAML, or a resolution does not fit its
 * conflict. Nothing was written. The message names the side, the file, line and column, and the fix.
 */
public final class MergeException extends Exception {
	private static final long serialVersionUID = 1L;

	private final Side side;
	private final transient List<Diagnostic> diagnostics;

	/**
	 * Creates the exception.
	 *
	 * @param side the side at fault, or {@code null} when none is
	 * @param message the message, naming cause and fix
	 * @param diagnostics positioned problems, may be empty
	 */
	public MergeException(Side side, String message, List<Diagnostic> diagnostics) {
		super(message);
		this.side = side;
		this.diagnostics = List.copyOf(diagnostics);
	}

	/**
	 * The side at fault.
	 *
	 * @return the side, or {@code null} when the problem is not in one side (a bad resolution)
	 */
	public Side side() {
		return side;
	}

	/**
	 * The positioned problems of the side at fault.
	 *
	 * @return an unmodifiable list, empty when there are none
	 */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}
}
