package dev.specsync.document.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import dev.specsync.document.CollectionStyle;
import dev.specsync.document.Node;
import dev.specsync.document.SequenceNode;

/** Sequence backed by an exact-size array. */
final class SequenceImpl implements SequenceNode {
	private final int start;
	private final int end;
	private final boolean flow;
	private final Props props;
	private final Node[] items;

	SequenceImpl(int start, int end, boolean flow, Props props, Node[] items) {
		this.start = start;
		this.end = end;
		this.flow = flow;
		this.props = props;
		this.items = items;
	}

	@Override
	public int size() {
		return items.length;
	}

	@Override
	public Node get(int index) {
		return items[index];
	}

	@Override
	public List<Node> items() {
		return Collections.unmodifiableList(Arrays.asList(items));
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

	@Override
	public String toString() {
		return "Sequence[" + start + ".." + end + " size " + items.length + "]";
	}
}
