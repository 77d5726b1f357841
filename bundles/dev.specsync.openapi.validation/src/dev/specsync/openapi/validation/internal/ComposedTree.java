package dev.specsync.openapi.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.openapi.RefTarget;

/**
 * The API as the one JSON tree swagger-parser reads: the root document, with every {@code $ref} that
 * {@link Inlining} names replaced by its target, converted from the document model (so swagger-parser neither
 * reads files nor parses text, and never fetches anything). A part referenced many times is converted once
 * and shared; a reference back into a part being inlined stays a reference. Because swagger-parser expands
 * shared parts, the expanded size is bounded. Not thread-safe; one instance per validation.
 */
final class ComposedTree {
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Thrown when the expanded tree would exceed its bound. */
	static final class TooLarge extends Exception {
		private static final long serialVersionUID = 1L;

		TooLarge() {
			super(null, null, false, false);
		}
	}

	/** A converted node and the number of nodes it stands for once shared parts are expanded. */
	private record Converted(JsonNode json, long size) {
	}

	private final Inlining inlining;
	private final long maxNodes;
	private final Map<Node, Converted> shared = new IdentityHashMap<>();
	private final Map<Node, Long> counted = new IdentityHashMap<>();
	private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

	private ComposedTree(Inlining inlining, long maxNodes) {
		this.inlining = inlining;
		this.maxNodes = maxNodes;
	}

	/**
	 * Builds the tree.
	 *
	 * @param inlining the file set and which references to inline
	 * @param maxNodes the most nodes the expanded tree may have
	 * @return the root's tree
	 * @throws TooLarge when expanding the references would exceed {@code maxNodes}
	 */
	static JsonNode of(Inlining inlining, long maxNodes) throws TooLarge {
		Node root = inlining.set().root().document().root();
		new ComposedTree(inlining, maxNodes).count(root); // refuse before building anything
		return new ComposedTree(inlining, maxNodes).convert(root).json();
	}

	/** The expanded size of what {@link #convert} would build, with the same sharing; nothing is built. */
	private long count(Node written) throws TooLarge {
		RefTarget target = inlining.inlined(written);
		if (target != null && !inProgress.contains(target.node())) {
			return sharedCount(target.node());
		}
		Node node = Nodes.resolveAlias(written);
		if (node != written) {
			return sharedCount(node);
		}
		long size = 1;
		if (node instanceof SequenceNode s) {
			for (int i = 0; i < s.size(); i++) {
				size = add(size, count(s.get(i)));
			}
		} else if (node instanceof MappingNode m) {
			for (int i = 0; i < m.size(); i++) {
				if (m.keyText(i) != null) {
					size = add(size, count(m.value(i)));
				}
			}
		}
		return size;
	}

	private long sharedCount(Node node) throws TooLarge {
		Long done = counted.get(node);
		if (done != null) {
			return done.longValue();
		}
		if (inProgress.contains(node)) {
			return 1;
		}
		inProgress.add(node);
		long size;
		try {
			size = count(node);
		} finally {
			inProgress.remove(node);
		}
		counted.put(node, Long.valueOf(size));
		return size;
	}

	private Converted convert(Node written) throws TooLarge {
		RefTarget target = inlining.inlined(written);
		if (target != null && !inProgress.contains(target.node())) {
			return sharedConversion(target.node());
		}
		Node node = Nodes.resolveAlias(written);
		if (node != written) {
			return sharedConversion(node);
		}
		if (node instanceof ScalarNode s) {
			return new Converted(scalar(s), 1);
		}
		long size = 1;
		if (node instanceof SequenceNode s) {
			ArrayNode array = NODES.arrayNode(s.size());
			for (int i = 0; i < s.size(); i++) {
				Converted item = convert(s.get(i));
				array.add(item.json());
				size = add(size, item.size());
			}
			return new Converted(array, size);
		}
		MappingNode m = (MappingNode) node;
		ObjectNode object = NODES.objectNode();
		for (int i = 0; i < m.size(); i++) {
			String key = m.keyText(i);
			if (key == null || object.has(key)) {
				continue; // complex YAML keys have no JSON form; with duplicates the first wins, as in the model
			}
			Converted value = convert(m.value(i));
			object.set(key, value.json());
			size = add(size, value.size());
		}
		return new Converted(object, size);
	}

	private Converted sharedConversion(Node node) throws TooLarge {
		Converted done = shared.get(node);
		if (done == null && inProgress.contains(node)) {
			return new Converted(NODES.nullNode(), 1); // a YAML alias inside its own anchor
		}
		if (done == null) {
			inProgress.add(node);
			try {
				done = convert(node);
			} finally {
				inProgress.remove(node);
			}
			shared.put(node, done);
		}
		return done;
	}

	private long add(long size, long more) throws TooLarge {
		long sum = size + more;
		if (sum > maxNodes) {
			throw new TooLarge();
		}
		return sum;
	}

	private static JsonNode scalar(ScalarNode s) {
		Object value = s.toJava();
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof String text) {
			return NODES.textNode(text);
		}
		if (value instanceof Boolean b) {
			return NODES.booleanNode(b.booleanValue());
		}
		if (value instanceof Long l) {
			return NODES.numberNode(l.longValue());
		}
		if (value instanceof BigInteger b) {
			return NODES.numberNode(b);
		}
		if (value instanceof BigDecimal d) {
			return NODES.numberNode(d);
		}
		if (value instanceof Double d) {
			return NODES.numberNode(d.doubleValue());
		}
		return NODES.textNode(s.value());
	}
}
