package dev.specsync.diff.internal;

import dev.specsync.document.JsonPointer;

/**
 * A JSON pointer as a chain of tokens, so that stepping one level down costs one small object (the comparison
 * steps into every node it reads, and only the few that end up in a report need their pointer as text).
 * Immutable.
 */
final class Pointer {

	static final Pointer ROOT = new Pointer(null, null);

	private final Pointer parent;
	private final String token;

	private Pointer(Pointer parent, String token) {
		this.parent = parent;
		this.token = token;
	}

	static Pointer of(JsonPointer pointer) {
		Pointer p = ROOT;
		for (String t : pointer.tokens()) {
			p = p.append(t);
		}
		return p;
	}

	Pointer append(String t) {
		return new Pointer(this, t);
	}

	boolean isRoot() {
		return parent == null;
	}

	/** The last token; {@code ""} for the root. */
	String last() {
		return parent == null ? "" : token; //$NON-NLS-1$
	}

	/** The RFC 6901 text, {@code ""} for the root. */
	@Override
	public String toString() {
		if (parent == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder();
		append(b);
		return b.toString();
	}

	private void append(StringBuilder b) {
		if (parent != null) {
			parent.append(b);
			b.append('/').append(JsonPointer.escape(token));
		}
	}
}
