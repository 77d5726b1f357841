package dev.specsync.diff;

import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.document.SourceDocument;

/**
 * Compares two versions of an OpenAPI description (2.0, 3.0 or 3.1, JSON or YAML, one file each) on their
 * meaning, not their text: reordered keys, reformatting, JSON versus YAML, renamed path parameters and an
 * inline schema versus an equal {@code $ref}ed one are not changes. Every change carries a stable rule id and a
 * severity seen from an existing client; schemas are compared by one recursive comparison applied in the request
 * or the response direction. Internal {@code $ref}s are followed, recursive schemas included; external ones are
 * compared by their text.
 * <p>
 * Implementations are stateless and thread-safe; a call never modifies the documents.
 */
@ProviderType
public interface SchemaDiffer {

	/**
	 * Compares two versions.
	 *
	 * @param oldDocument the version clients were written against, never {@code null}
	 * @param newDocument the version that replaces it, never {@code null}
	 * @return the changes from old to new in a stable order (operations in the old document's order, added ones
	 *         after), never {@code null}
	 * @throws DiffException when either document is not an OpenAPI description (no {@code openapi} or
	 *         {@code swagger} field at the top of a mapping); no partial report is made
	 */
	DiffReport diff(SourceDocument oldDocument, SourceDocument newDocument) throws DiffException;

	/**
	 * Renders a report.
	 *
	 * @param report the report, never {@code null}
	 * @param format the output format, never {@code null}
	 * @return the rendered text, ending with a line break, never {@code null}
	 */
	String render(DiffReport report, ReportFormat format);
}
