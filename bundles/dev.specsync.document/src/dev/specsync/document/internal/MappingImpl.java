package dev.specsync.document.internal;

import java.util.HashMap;

import dev.specsync.document.CollectionStyle;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.ScalarNode;

/**
 * Mapping stored as one array of alternating keys and values; mappings with more than {@link #LINEAR_MAX}
 * entries also get a hash index (built once at load, never modified).
 */
final class MappingImpl implements MappingNode {
	static final int LINEAR_MAX = 8;

	private final int start;
	private final int end;
	private final boolean flow;
	private final Props props;
	private final Node[] keysAndValues;
	private final HashMap<String, Integer> index;

	MappingImpl(int start, int end, boolean flow, Props props, Node[] keysAndValues, HashMap<String, Integer> index) {
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
			Integer i = index.get(key);
			return i == null ? -1 : i;
		}
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i] instanceof ScalarNode s && s.value().equals(key)) {
				return i >> 1;
			}
		}
		return -1;
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
