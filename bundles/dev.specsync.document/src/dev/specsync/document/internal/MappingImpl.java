package dev.specsync.document.internal;

import dev.specsync.document.CollectionStyle;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.ScalarNode;

/**
 * Mapping stored as one array of alternating keys and values; mappings with more than {@link #LINEAR_MAX}
 * entries also get a hash index (built once at load, never modified): an open-addressing table of entry numbers
 * plus one, by the key's {@link String#hashCode()}, so a large mapping costs one {@code int[]} instead of a node
 * and a boxed integer per entry.
 */
final class MappingImpl implements MappingNode {
	static final int LINEAR_MAX = 8;

	private final int start;
	private final int end;
	private final boolean flow;
	private final Props props;
	private final Node[] keysAndValues;
	private final int[] index;

	MappingImpl(int start, int end, boolean flow, Props props, Node[] keysAndValues, int[] index) {
		this.start = start;
		this.end = end;
		this.flow = flow;
		this.props = props;
		this.keysAndValues = keysAndValues;
		this.index = index;
	}

	@Override
	public int size() {
		return keysAndValues.length >> 1;
	}

	@Override
	public Node key(int i) {
		checkIndex(i);
		return keysAndValues[2 * i];
	}

	@Override
	public Node value(int i) {
		checkIndex(i);
		return keysAndValues[2 * i + 1];
	}

	@Override
	public String keyText(int i) {
		return key(i) instanceof ScalarNode s ? s.value() : null;
	}

	@Override
	public int indexOf(String key) {
		if (index != null) {
			int mask = index.length - 1;
			for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
				int e = index[slot];
				if (e == 0) {
					return -1;
				}
				if (keysAndValues[2 * (e - 1)] instanceof ScalarNode s && s.value().equals(key)) {
					return e - 1;
				}
			}
		}
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i] instanceof ScalarNode s && s.value().equals(key)) {
				return i >> 1;
			}
		}
		return -1;
	}

	/**
	 * Builds the index of a mapping's scalar keys; the first of duplicate keys is indexed.
	 *
	 * @param kv alternating keys and values
	 * @param duplicates told the entry numbers of the first and the repeated entry for each duplicate key
	 * @return the index to give the constructor
	 */
	static int[] index(Node[] kv, java.util.function.IntBinaryOperator duplicates) {
		int n = kv.length >> 1;
		int[] table = new int[Integer.highestOneBit(Math.max(n, 2) * 2 - 1) << 1];
		int mask = table.length - 1;
		entries: for (int i = 0; i < n; i++) {
			if (!(kv[2 * i] instanceof ScalarNode k)) {
				continue;
			}
			String v = k.value();
			int slot = spread(v.hashCode()) & mask;
			for (; table[slot] != 0; slot = (slot + 1) & mask) {
				int e = table[slot] - 1;
				if (((ScalarNode) kv[2 * e]).value().equals(v)) {
					duplicates.applyAsInt(e, i);
					continue entries;
				}
			}
			table[slot] = i + 1;
		}
		return table;
	}

	private static int spread(int h) {
		return (h ^ (h >>> 16)) * 0x9E3779B9;
	}

	@Override
	public CollectionStyle style() {
		return flow ? CollectionStyle.FLOW : CollectionStyle.BLOCK;
	}

	@Override
	public int start() {
		return start;
	}

	@Override
	public int end() {
		return end;
	}

	@Override
	public String anchor() {
		return props == null ? null : props.anchor();
	}

	@Override
	public String tag() {
		return props == null ? null : props.tag();
	}

	private void checkIndex(int i) {
		if (i < 0 || i >= size()) {
			throw new IndexOutOfBoundsException("entry " + i + " of " + size());
		}
	}

	@Override
	public String toString() {
		return "Mapping[" + start + ".." + end + " size " + size() + "]";
	}
}
