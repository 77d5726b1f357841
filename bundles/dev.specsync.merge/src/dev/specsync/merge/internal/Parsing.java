package dev.specsync.merge.internal;

import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;
import dev.specsync.merge.Side;

/** Turns plain Java values into parsed nodes, by way of JSON text. Stateless. */
final class Parsing {
	private Parsing() {
	}

	/** A parsed JSON document holding {@code value}. */
	static Version version(Object value) {
		try {
			return new Version(Side.THEIRS, SourceDocument.parse("<value>", JsonWriter.write(value, null), //$NON-NLS-1$
					Format.JSON, LoadOptions.defaults()), true);
		} catch (DocumentException e) {
			throw new IllegalStateException("JSON written here did not parse: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
