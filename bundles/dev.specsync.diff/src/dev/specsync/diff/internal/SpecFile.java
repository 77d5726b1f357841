package dev.specsync.diff.internal;

import dev.specsync.document.SourceDocument;
import dev.specsync.openapi.ApiFile;

/**
 * One file of a version: the root or a file its {@code $ref}s reach. Compared by identity: one instance per file
 * and version.
 *
 * @param document the file's content
 * @param label how reports name it (the path as the user gave it, others relative to it)
 * @param apiFile the file of the {@link dev.specsync.openapi.ApiFileSet} it comes from, or null when the version
 *        is a single document
 */
record SpecFile(SourceDocument document, String label, ApiFile apiFile) {

	@Override
	public boolean equals(Object o) {
		return this == o;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
