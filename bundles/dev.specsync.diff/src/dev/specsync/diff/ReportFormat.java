package dev.specsync.diff;

/** The formats a {@link DiffReport} renders to with {@link SchemaDiffer#render}. */
public enum ReportFormat {
	/** Plain text for a terminal: a summary line, then one line per change. */
	TEXT,
	/** JSON with a top-level {@code summary} object and a {@code changes} array; the bundle's REPORT.md documents it. */
	JSON,
	/** Markdown for a pull request comment: a summary table, then the changes grouped by severity. */
	MARKDOWN
}
