package dev.specsync.document;

import java.util.List;

/**
 * Thrown when a file cannot be turned into a {@link SourceDocument}: malformed syntax, invalid encoding or a
 * limit of {@link LoadOptions} exceeded. Carries at least one {@link Severity#ERROR} diagnostic; the message is
 * the first error formatted as {@code path:line:column: error: message}.
 */
public final class DocumentException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<Diagnostic> diagnostics;

	/**
	 * Creates the exception for the diagnostics that made the load fail.
	 *
	 * @param diagnostics the diagnostics, errors first; copied
	 */
	public DocumentException(List<Diagnostic> diagnostics) {
		super(diagnostics.isEmpty() ? "unusable document" : diagnostics.get(0).toString());
		this.diagnostics = List.copyOf(diagnostics);
	}

	/**
	 * Creates the exception for a single diagnostic.
	 *
	 * @param diagnostic the error that made the load fail
	 */
	public DocumentException(Diagnostic diagnostic) {
		this(List.of(diagnostic));
	}

	/** All diagnostics, errors first; never empty. */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/** The first (most relevant) diagnostic. */
	public Diagnostic first() {
		return diagnostics.get(0);
	}
}
