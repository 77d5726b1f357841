package dev.specsync.openapi.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.RefTarget;

/**
 * An API's data with every {@code $ref} replaced by what it names, as plain Java values, so that two ways of
 * writing the same API compare equal. A reference back into a target being expanded becomes
 * {@code {"$cycle": true}}; members beside a {@code $ref} are laid over the target.
 */
final class Resolved {
	private Resolved() {
	}

	static Object of(ApiFileSet set) {
		return of(set, set.root(), set.root().document().root(), new ArrayDeque<>());
	}

	@SuppressWarnings("unchecked")
	private static Object of(ApiFileSet set, ApiFile file, Node node, Deque<String> expanding) {
		Node n = Nodes.resolveAlias(node);
		if (n instanceof MappingNode m) {
			if (m.get("$ref") instanceof ScalarNode ref) {
				RefTarget target = set.resolve(file, ref.value())
						.orElseThrow(() -> new AssertionError("unresolved $ref " + ref.value() + " in " + file.label()));
				String key = target.file().path() + "#" + target.pointer();
				Object value;
				if (expanding.contains(key)) {
					value = Map.of("$cycle", Boolean.TRUE);
				} else {
					expanding.push(key);
					value = of(set, target.file(), target.node(), expanding);
					expanding.pop();
				}
				if (m.size() == 1 || !(value instanceof Map)) {
					return value;
				}
				Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) value);
				for (int i = 0; i < m.size(); i++) {
					if (!"$ref".equals(m.keyText(i))) {
						merged.put(m.keyText(i), of(set, file, m.value(i), expanding));
					}
				}
				return merged;
			}
			Map<String, Object> map = new LinkedHashMap<>();
			for (int i = 0; i < m.size(); i++) {
				map.putIfAbsent(m.keyText(i), of(set, file, m.value(i), expanding));
			}
			return map;
		}
		if (n instanceof SequenceNode s) {
			List<Object> list = new ArrayList<>();
			for (Node item : s.items()) {
				list.add(of(set, file, item, expanding));
			}
			return list;
		}
		return ((ScalarNode) n).toJava();
	}
}
