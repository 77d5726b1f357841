package dev.specsync.document;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** An ordered list of nodes. */
@ProviderType
public non-sealed interface SequenceNode extends Node {

	/**
	 * The number of items.
	 *
	 * @return the item count, 0 for {@code []}
	 */
	int size();

	/** @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, size())} */
	Node get(int index);

	/** Unmodifiable view of the items in order. */
	List<Node> items();

	/**
	 * How the sequence is written; new items follow it.
	 *
	 * @return {@link CollectionStyle#FLOW} for JSON arrays and YAML {@code [...]}, otherwise
	 *         {@link CollectionStyle#BLOCK}
	 */
	CollectionStyle style();

	@Override
	default NodeKind kind() {
		return NodeKind.SEQUENCE;
	}
}
