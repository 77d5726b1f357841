package dev.specsync.document.internal;

import java.util.Arrays;
import java.util.HashMap;

import dev.specsync.document.LoadOptions;
import dev.specsync.document.Node;
import dev.specsync.document.ScalarNode;

/**
 * Builds the node tree bottom-up from parser callbacks without recursion: children wait on one shared stack
 * and are copied into an exact-size array when their collection closes. Also checks depth, interns keys,
 * reports duplicate keys and sums the node count an alias expansion would produce.
 */
final class TreeBuilder {
	private final Problems problems;
	private final LoadOptions options;
	private final HashMap<String, String> interned = new HashMap<>();

	private Node[] stack = new Node[512];
	private int top;
	private int depth;
	private int[] base = new int[32];
	private int[] starts = new int[32];
	private boolean[] mapping = new boolean[32];
	private boolean[] flow = new boolean[32];
	private Props[] props = new Props[32];
	private long[] expanded = new long[32];
	private Node root;
	private long rootExpanded;
	private long lastExpanded;

	public TreeBuilder(Problems problems, LoadOptions options) {
		this.problems = problems;
		this.options = options;
	}

	public String intern(String s) {
		String prev = interned.putIfAbsent(s, s);
		return prev == null ? s : prev;
	}

	private String[] regions = new String[1024];
	private int regionCount;

	/**
	 * The interned string of {@code text[from, to)}: keys recur thousands of times in a large file, and looking
	 * the region up before making a string spares a string per occurrence. Shares strings with {@link #intern}.
	 */
	public String intern(String text, int from, int to) {
		int h = 0;
		for (int i = from; i < to; i++) {
			h = 31 * h + text.charAt(i);
		}
		int mask = regions.length - 1;
		int len = to - from;
		int slot = (h ^ (h >>> 16)) & mask;
		for (String s; (s = regions[slot]) != null; slot = (slot + 1) & mask) {
			if (s.length() == len && s.hashCode() == h && text.regionMatches(from, s, 0, len)) {
				return s;
			}
		}
		String s = intern(text.substring(from, to));
		regions[slot] = s;
		if (++regionCount * 2 > regions.length) {
			String[] old = regions;
			regions = new String[old.length * 2];
			mask = regions.length - 1;
			for (String o : old) {
				if (o != null) {
					int x = o.hashCode();
					int k = (x ^ (x >>> 16)) & mask;
					while (regions[k] != null) {
						k = (k + 1) & mask;
					}
					regions[k] = o;
				}
			}
		}
		return s;
	}

	public int depth() {
		return depth;
	}

	/** True when the next node added to the current mapping is a key. */
	public boolean expectsKey() {
		return depth > 0 && mapping[depth - 1] && ((top - base[depth - 1]) & 1) == 0;
	}

	/** The node added last to the open collection, or null. */
	public Node lastChild() {
		return depth > 0 && top > base[depth - 1] ? stack[top - 1] : null;
	}

	/** Whether the innermost open collection is a mapping. */
	public boolean inMapping() {
		return depth > 0 && mapping[depth - 1];
	}

	/** Index (0-based) of the last child in the innermost open collection, or -1. */
	public int lastChildIndex() {
		return depth > 0 ? top - base[depth - 1] - 1 : -1;
	}

	/** Start offset of the innermost open collection. */
	public int openStart() {
		return starts[depth - 1];
	}

	public void open(boolean isMapping, int start, boolean isFlow, Props p) throws dev.specsync.document.DocumentException {
		if (depth >= options.maxDepth()) {
			throw problems.error(start, "nesting is deeper than " + options.maxDepth() + " levels",
					"flatten the document, or raise LoadOptions.maxDepth if this depth is intended");
		}
		if (depth == base.length) {
			int n = depth * 2;
			base = Arrays.copyOf(base, n);
			starts = Arrays.copyOf(starts, n);
			mapping = Arrays.copyOf(mapping, n);
			flow = Arrays.copyOf(flow, n);
			props = Arrays.copyOf(props, n);
			expanded = Arrays.copyOf(expanded, n);
		}
		base[depth] = top;
		starts[depth] = start;
		mapping[depth] = isMapping;
		flow[depth] = isFlow;
		props[depth] = p;
		expanded[depth] = 1;
		depth++;
	}

	public void add(Node n) {
		add(n, 1);
	}

	/** Adds a node whose full expansion (resolving aliases) has {@code expandedSize} nodes. */
	public void add(Node n, long expandedSize) {
		lastExpanded = expandedSize;
		if (depth == 0) {
			root = n;
			rootExpanded = expandedSize;
			return;
		}
		if (top == stack.length) {
			stack = Arrays.copyOf(stack, top * 2);
		}
		stack[top++] = n;
		long e = expanded[depth - 1] + expandedSize;
		expanded[depth - 1] = e < 0 ? Long.MAX_VALUE : e;
	}

	/**
	 * Closes the innermost collection. {@code end} < 0 means "where the last child ends" (YAML block style).
	 * The new node is added to its parent (or becomes the root) and returned.
	 */
	public Node close(int end) {
		depth--;
		int from = base[depth];
		int count = top - from;
		Node[] children = Arrays.copyOfRange(stack, from, top);
		Arrays.fill(stack, from, top, null);
		top = from;
		int start = starts[depth];
		if (end < 0) {
			end = count == 0 ? start : children[count - 1].end();
		}
		Node n = mapping[depth]
				? new MappingImpl(start, end, flow[depth], props[depth], children, indexAndCheck(children))
				: new SequenceImpl(start, end, flow[depth], props[depth], children);
		long e = expanded[depth];
		props[depth] = null;
		add(n, e);
		return n;
	}

	/** Expanded size of the node added or closed last. */
	public long lastExpanded() {
		return lastExpanded;
	}

	public Node root() {
		return root;
	}

	public long rootExpanded() {
		return rootExpanded;
	}

	private int[] indexAndCheck(Node[] kv) {
		int n = kv.length >> 1;
		if (n <= MappingImpl.LINEAR_MAX) {
			for (int i = 1; i < n; i++) {
				if (kv[2 * i] instanceof ScalarNode k) {
					String v = k.value();
					for (int j = 0; j < i; j++) {
						if (kv[2 * j] instanceof ScalarNode p && p.value().equals(v)) {
							duplicate(v, p, k);
							break;
						}
					}
				}
			}
			return null;
		}
		return MappingImpl.index(kv, (first, repeated) -> {
			duplicate(((ScalarNode) kv[2 * repeated]).value(), kv[2 * first], kv[2 * repeated]);
			return 0;
		});
	}

	private void duplicate(String key, Node first, Node second) {
		problems.report(options.duplicateKeySeverity(), second.start(),
				"duplicate key '" + key + "' (first defined at " + problems.where(first.start()) + ")",
				"remove or rename one of the two entries; only the first is used");
	}
}
