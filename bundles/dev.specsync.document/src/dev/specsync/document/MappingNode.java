package dev.specsync.document;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Key/value entries in source order. Keys are usually scalars; YAML complex keys are kept as nodes, and
 * {@link #keyText(int)} is null for them. With duplicate keys (loaded with a warning) lookups find the first.
 */
@ProviderType
public non-sealed interface MappingNode extends Node {

	/**
	 * The number of entries, duplicates included.
	 *
	 * @return the entry count, 0 for {@code {}}
	 */
	int size();

	/** @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, size())} */
	Node key(int index);

	/** @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, size())} */
	Node value(int index);

	/** The key's scalar value, or null when the key is not a scalar. */
	String keyText(int index);

	/** Index of the first entry whose scalar key equals {@code key}, or -1. */
	int indexOf(String key);

	/** Value of the first entry whose key equals {@code key}, or null. */
	default Node get(String key) {
		int i = indexOf(key);
		return i < 0 ? null : value(i);
	}

	/**
	 * How the mapping is written; new entries follow it.
	 *
	 * @return {@link CollectionStyle#FLOW} for JSON objects and YAML {@code {...}}, otherwise
	 *         {@link CollectionStyle#BLOCK}
	 */
	CollectionStyle style();

	@Override
	default NodeKind kind() {
		return NodeKind.MAPPING;
	}
}
