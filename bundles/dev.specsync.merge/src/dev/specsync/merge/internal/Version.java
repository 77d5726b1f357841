package dev.specsync.merge.internal;

import dev.specsync.document.Format;
import dev.specsync.document.Node;
import dev.specsync.document.SourceDocument;
import dev.specsync.merge.Side;

/** One parsed side of a merge, with what node comparisons need. Immutable. */
final class Version {
	final Side side;
	final SourceDocument doc;
	final String text;
	final boolean json;
	/** Text written here from plain values (a resolution), not a side's source: never copied into the result. */
	final boolean synthetic;

	Version(Side side, SourceDocument doc) {
		this(side, doc, false);
	}

	Version(Side side, SourceDocument doc, boolean synthetic) {
		this.side = side;
		this.doc = doc;
		this.text = doc.text();
		this.json = doc.format() == Format.JSON;
		this.synthetic = synthetic;
	}

	Node root() {
		return doc.root();
	}

	int line(Node n) {
		return n == null ? 0 : doc.start(n).line();
	}

	int column(int offset) {
		return doc.position(offset).column();
	}
}
