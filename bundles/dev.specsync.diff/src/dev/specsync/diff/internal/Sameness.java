package dev.specsync.diff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.specsync.document.Format;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.ScalarStyle;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.SourceDocument;

/**
 * Whether a node of the old version and one of the new version are written the same, {@code $ref}s included:
 * the same keys in the same order, scalars of the same type and text, and every {@code $ref} leading to targets
 * that are themselves the same (recursive references are assumed the same while they are being checked, the
 * greatest fixed point). Two such nodes have the same meaning, so comparing them can report nothing and the
 * comparison skips them; this is what makes a self-diff, or the unchanged bulk of a real pair, cheap.
 * <p>
 * A structural hash per container node, computed once and kept, rejects most different pairs at once; pairs
 * whose hashes agree are confirmed node by node, so a hash collision can cost time but never a change. The test
 * is deliberately strict (it does not know about reordered keys or JSON versus YAML number spellings): a pair it
 * calls different is simply compared in full. Not thread-safe: one instance per diff.
 */
final class Sameness {

	private static final int MAX_DEPTH = 256;
	/** How many references deep a check follows before it gives up (and the pair is compared in full). */
	private static final int MAX_REFERENCE_DEPTH = 128;

	private final Spec oldSpec;
	private final Spec newSpec;
	private final Map<Node, Long> hashes = new IdentityHashMap<>();
	/** Settled pairs of reference targets. */
	private final Map<Pair, Boolean> settled = new HashMap<>();
	/** Pairs of reference targets being checked, or found the same while an outer check is still open. */
	private final Map<Pair, Boolean> open = new HashMap<>();
	private final List<Pair> provisional = new ArrayList<>();
	private int depth;

	/** Two nodes, compared by identity (nodes do not override equals). */
	private record Pair(Node oldNode, Node newNode) {
	}

	Sameness(Spec oldSpec, Spec newSpec) {
		this.oldSpec = oldSpec;
		this.newSpec = newSpec;
	}

	/**
	 * Whether two nodes are written the same, references followed.
	 *
	 * @param o a node of the old version, aliases resolved
	 * @param n a node of the new version, aliases resolved
	 * @return true when comparing them can find no difference
	 */
	boolean same(At o, At n) {
		return same(o.node(), o.file(), n.node(), n.file(), 0);
	}

	private boolean same(Node a, SpecFile fa, Node b, SpecFile fb, int level) {
		if (a == b && fa.document() == fb.document()) {
			return true;
		}
		if (a instanceof ScalarNode x) {
			return b instanceof ScalarNode y && x.type() == y.type() && sameText(x, fa, y, fb);
		}
		if (level > MAX_DEPTH || hash(a, fa, 0) != hash(b, fb, 0)) {
			return false;
		}
		if (a instanceof SequenceNode x) {
			if (!(b instanceof SequenceNode y) || x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!same(Nodes.resolveAlias(x.get(i)), fa, Nodes.resolveAlias(y.get(i)), fb, level + 1)) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof MappingNode x) {
			if (!(b instanceof MappingNode y) || x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				String k = x.keyText(i);
				if (k == null || !k.equals(y.keyText(i))) {
					return false;
				}
				Node va = Nodes.resolveAlias(x.value(i));
				Node vb = Nodes.resolveAlias(y.value(i));
				if (!same(va, fa, vb, fb, level + 1)) {
					return false;
				}
				if (k.equals("$ref") && va instanceof ScalarNode r && !sameTargets(fa, fb, r.value())) { //$NON-NLS-1$
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/** Whether a reference written the same in both versions leads to targets that are the same. */
	private boolean sameTargets(SpecFile fa, SpecFile fb, String ref) {
		At ta = oldSpec.resolve(fa, ref);
		At tb = newSpec.resolve(fb, ref);
		if (ta == null || tb == null) {
			return ta == null && tb == null;
		}
		Pair key = new Pair(ta.node(), tb.node());
		Boolean known = settled.get(key);
		if (known == null) {
			known = open.get(key);
		}
		if (known != null) {
			return known;
		}
		if (depth >= MAX_REFERENCE_DEPTH) {
			return false;
		}
		// Assumed the same while being checked; a pair found the same inside an open check only holds if the
		// outermost check holds too, so it is settled when that one ends.
		open.put(key, Boolean.TRUE);
		depth++;
		boolean result;
		try {
			result = same(ta.node(), ta.file(), tb.node(), tb.file(), 0);
		} finally {
			depth--;
		}
		if (!result) {
			open.remove(key);
			settled.put(key, Boolean.FALSE);
		} else {
			provisional.add(key);
		}
		if (depth == 0) {
			for (Pair p : provisional) {
				if (open.remove(p) != null && result) {
					settled.put(p, Boolean.TRUE);
				}
			}
			provisional.clear();
			open.clear();
		}
		return result;
	}

	/** A structural hash: kind, keys in order, scalar types and texts; {@code $ref}s by their text. */
	private long hash(Node node, SpecFile file, int level) {
		if (node instanceof ScalarNode s) {
			return mix(s.type().ordinal() * 0x9E3779B97F4A7C15L + textHash(s, file));
		}
		Long known = hashes.get(node);
		if (known != null) {
			return known;
		}
		long h;
		if (level > MAX_DEPTH) {
			h = 7;
		} else if (node instanceof MappingNode m) {
			h = 0x51ED27L + m.size();
			for (int i = 0; i < m.size(); i++) {
				String k = m.keyText(i);
				h = h * 0x100000001B3L + (k == null ? 0 : k.hashCode());
				h = h * 0x100000001B3L + hash(Nodes.resolveAlias(m.value(i)), file, level + 1);
			}
		} else if (node instanceof SequenceNode s) {
			h = 0xA5A5L + s.size();
			for (int i = 0; i < s.size(); i++) {
				h = h * 0x100000001B3L + hash(Nodes.resolveAlias(s.get(i)), file, level + 1);
			}
		} else {
			h = 3;
		}
		h = mix(h);
		hashes.put(node, h);
		return h;
	}

	/**
	 * Where a scalar's value is in its file's text, when it is there verbatim (a JSON scalar without escapes):
	 * reading it there spares a string per scalar (JSON scalars make their value on each request). -1 otherwise.
	 */
	private static int verbatimStart(ScalarNode s, SpecFile file) {
		SourceDocument d = file.document();
		if (d.format() != Format.JSON) {
			return -1;
		}
		if (s.style() == ScalarStyle.PLAIN) {
			return s.start();
		}
		String text = d.text();
		int from = s.start() + 1;
		return s.style() == ScalarStyle.DOUBLE_QUOTED && text.indexOf('\\', from, s.end() - 1) < 0 ? from : -1;
	}

	private static int verbatimEnd(ScalarNode s) {
		return s.style() == ScalarStyle.PLAIN ? s.end() : s.end() - 1;
	}

	/** The {@link String#hashCode()} of a scalar's value. */
	private static int textHash(ScalarNode s, SpecFile file) {
		int from = verbatimStart(s, file);
		if (from < 0) {
			return s.value().hashCode();
		}
		String text = file.document().text();
		int h = 0;
		for (int i = from, end = verbatimEnd(s); i < end; i++) {
			h = 31 * h + text.charAt(i);
		}
		return h;
	}

	/** Whether two scalars have the same value. */
	private static boolean sameText(ScalarNode x, SpecFile fx, ScalarNode y, SpecFile fy) {
		int ax = verbatimStart(x, fx);
		int ay = verbatimStart(y, fy);
		if (ax < 0 && ay < 0) {
			return x.value().equals(y.value());
		}
		if (ax < 0) {
			return sameText(y, fy, x, fx);
		}
		String tx = fx.document().text();
		int length = verbatimEnd(x) - ax;
		if (ay >= 0) {
			return verbatimEnd(y) - ay == length && tx.regionMatches(ax, fy.document().text(), ay, length);
		}
		String v = y.value();
		return v.length() == length && tx.regionMatches(ax, v, 0, length);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
