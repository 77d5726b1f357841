package dev.specsync.document;

/** How serious a {@link Diagnostic} is. {@link #ERROR} means the document could not be used. */
public enum Severity {
	/** The file cannot be used: loading fails with a {@link DocumentException}, or a check cannot pass. */
	ERROR,
	/** The file loads, but something is likely a mistake (for example a duplicated key). */
	WARNING,
	/** Worth knowing, nothing to fix. */
	INFO
}
