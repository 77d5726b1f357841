package dev.specsync.diff;

import org.osgi.annotation.versioning.ProviderType;

import dev.specsync.document.SourceDocument;
import dev.specsync.openapi.ApiFileSet;

/**
 * Compares two versions of an OpenAPI description (2.0, 3.0 or 3.1, JSON or YAML, mixed; each a root file plus
 * the files its {@code $ref}s reach, or a single document) on their meaning, not their text: reordered keys,
 * reformatting, JSON versus YAML, renamed path parameters, a component moved into another file and an inline
 * schema versus an equal {@code $ref}ed one are not changes. Every change carries a stable rule id and a severity
 * seen from an existing client, and its location on both sides (file, JSON pointer, line); schemas are compared by
 * one recursive comparison applied in the request or the response direction. {@code $ref}s are followed,
 * recursive schemas included (a cycle is compared once, never looped).
 * <p>
 * Implementations are stateless and thread-safe; a call never modifies the documents.
 */
@ProviderType
public interface SchemaDiffer {

	/**
	 * Compares two versions written as one document each.
	 *
	 * Only internal references ({@code #/...}) are followed; others stay as written.
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
	 * Compares two versions written as file sets: {@code $ref}s into other files of a set are followed like
	 * internal ones, and locations name the file an element is in.
	 *
	 * @param oldApi the version clients were written against, never {@code null}
	 * @param newApi the version that replaces it, never {@code null}
	 * @return the changes from old to new in a stable order, never {@code null}
	 * @throws DiffException when either root is not an OpenAPI description or either set has an error diagnostic
	 *         (a file that does not parse, a broken or looping reference): no partial report is made
	 * @since 0.2
	 */
	DiffReport diff(ApiFileSet oldApi, ApiFileSet newApi) throws DiffException;

	/**
	 * Renders a report.
	 *
	 * @param report the report, never {@code null}
	 * @param format the output format, never {@code null}
	 * @return the rendered text, ending with a line break, never {@code null}
	 */
	String render(DiffReport report, ReportFormat format);
}
