package dev.specsync.openapi;

import java.nio.file.Path;
import java.util.Objects;

import dev.specsync.document.SourceDocument;

/**
 * One loaded file of an {@link ApiFileSet}.
 *
 * @param path where it was read, absolute and normalized; never {@code null}
 * @param label how messages name it: the root as the caller named it, the others relative to it (for a root
 *        labelled {@code api/openapi.yaml}, {@code api/schemas/pet.yaml}); equal to the document's
 *        {@link SourceDocument#path()} and to the {@code path} of its diagnostics
 * @param document the file's content; never {@code null}
 */
public record ApiFile(Path path, String label, SourceDocument document) {

	/**
	 * Checks that nothing is {@code null}.
	 *
	 * @param path where it was read
	 * @param label how messages name it
	 * @param document its content
	 */
	public ApiFile {
		Objects.requireNonNull(path, "path"); //$NON-NLS-1$
		Objects.requireNonNull(label, "label"); //$NON-NLS-1$
		Objects.requireNonNull(document, "document"); //$NON-NLS-1$
	}
}
