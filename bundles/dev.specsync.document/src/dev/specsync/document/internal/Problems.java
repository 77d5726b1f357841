package dev.specsync.document.internal;

import java.util.ArrayList;
import java.util.List;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Position;
import dev.specsync.document.Severity;

/** Collects diagnostics for one load and turns offsets into line/column. */
public final class Problems {
	private final String path;
	private final LineIndex lines;
	private final List<Diagnostic> diagnostics = new ArrayList<>();

	/**
	 * Starts collecting for one load.
	 *
	 * @param path the label diagnostics carry
	 * @param lines the index that turns offsets into lines and columns
	 */
	public Problems(String path, LineIndex lines) {
		this.path = path;
		this.lines = lines;
	}

	String path() {
		return path;
	}

	LineIndex lines() {
		return lines;
	}

	Diagnostic at(Severity severity, int offset, String message, String hint) {
		Position p = lines.position(offset);
		return new Diagnostic(severity, path, p.line(), p.column(), message, hint);
	}

	void report(Severity severity, int offset, String message, String hint) {
		diagnostics.add(at(severity, offset, message, hint));
	}

	DocumentException error(int offset, String message, String hint) {
		List<Diagnostic> all = new ArrayList<>();
		all.add(at(Severity.ERROR, offset, message, hint));
		all.addAll(diagnostics);
		return new DocumentException(all);
	}

	/** "line 3, column 7" for messages that refer to a second place. */
	String where(int offset) {
		Position p = lines.position(offset);
		return "line " + p.line() + ", column " + p.column();
	}

	/** Throws if an error was reported, otherwise returns the warnings. */
	public List<Diagnostic> finish() throws DocumentException {
		List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			List<Diagnostic> all = new ArrayList<>(errors);
			diagnostics.stream().filter(d -> d.severity() != Severity.ERROR).forEach(all::add);
			throw new DocumentException(all);
		}
		return List.copyOf(diagnostics);
	}
}
