package dev.specsync.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Static helpers over {@link Node} trees. Stateless and thread-safe. */
public final class Nodes {
	private Nodes() {
	}

	/** Follows aliases until a non-alias node; returns {@code node} itself when it is not an alias. */
	public static Node resolveAlias(Node node) {
		Node n = node;
		int guard = 0;
		while (n instanceof AliasNode a && guard++ < 1000) {
			n = a.target();
		}
		return n;
	}

	/**
	 * Converts a subtree to plain Java values: {@link LinkedHashMap} (keys in source order, first of duplicate
	 * keys wins), {@link ArrayList}, String, Boolean, Long / BigInteger / Double and null. Aliases are resolved
	 * (shared subtrees become repeated values). Recursion depth equals the tree depth, which the loader limits.
	 */
	public static Object toJava(Node node) {
		Node n = resolveAlias(node);
		if (n instanceof ScalarNode s) {
			return s.toJava();
		}
		if (n instanceof SequenceNode s) {
			List<Object> list = new ArrayList<>(s.size());
			for (int i = 0; i < s.size(); i++) {
				list.add(toJava(s.get(i)));
			}
			return list;
		}
		MappingNode m = (MappingNode) n;
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < m.size(); i++) {
			String key = m.keyText(i);
			map.putIfAbsent(key != null ? key : String.valueOf(toJava(m.key(i))), toJava(m.value(i)));
		}
		return map;
	}
}
