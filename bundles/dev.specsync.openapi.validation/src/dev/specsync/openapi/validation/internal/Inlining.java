package dev.specsync.openapi.validation.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.openapi.ApiFileSet;
import dev.specsync.openapi.RefTarget;
import dev.specsync.openapi.Reference;

/**
 * Which {@code $ref} objects swagger-parser sees replaced by what they point at: those whose target is in
 * another file than the root (a reference into the root stays a reference, as it would in one file). The
 * composed tree and the way back from a message's path follow the same rule, so a path names the node it was
 * computed from. Immutable after construction.
 */
final class Inlining {
	private final ApiFileSet set;
	private final Map<ScalarNode, RefTarget> targets = new IdentityHashMap<>();

	Inlining(ApiFileSet set) {
		this.set = set;
		for (Reference ref : set.references()) {
			set.target(ref).ifPresent(t -> targets.put(ref.value(), t));
		}
	}

	/**
	 * What a node stands for in the composed tree.
	 *
	 * @param node any node, aliases not yet resolved
	 * @return the target when {@code node} is a {@code $ref} object to be inlined, else {@code null}
	 */
	RefTarget inlined(Node node) {
		if (!(Nodes.resolveAlias(node) instanceof MappingNode m)) {
			return null;
		}
		int i = m.indexOf("$ref"); //$NON-NLS-1$
		if (i < 0 || !(m.value(i) instanceof ScalarNode s)) {
			return null;
		}
		RefTarget t = targets.get(s);
		return t == null || t.file() == set.root() ? null : t;
	}

	ApiFileSet set() {
		return set;
	}
}
