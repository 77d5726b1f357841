package dev.specsync.document.internal;

import dev.specsync.document.AliasNode;
import dev.specsync.document.Node;

/** A YAML alias pointing at its anchored node. */
record AliasImpl(int start, int end, String name, Node target) implements AliasNode {
	@Override
	public String toString() {
		return "Alias[" + start + ".." + end + " *" + name + "]";
	}
}
