package dev.specsync.merge.internal;

import java.util.HashMap;
import java.util.Map;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;

/**
 * What identifies an array item across versions, chosen per array so that it holds for every item of all three
 * versions and is unique in each: scalars by value (ordered sets: enums, tags, required), OpenAPI parameters by
 * name and location ({@code $ref}ed ones by their reference), collection items by {@code id}, then by
 * {@code name} (tags, folders), {@code key} (Postman headers, query, variables) or {@code url} (servers).
 * Arrays with no such identity (security requirements, mixed {@code allOf}) merge by position.
 */
enum Identity {
	/** Scalars by their type and value. */
	SCALAR,
	/** Parameters: {@code in} and {@code name}, or the {@code $ref}. */
	PARAMETER,
	/** Collection items and other records with an {@code id}. */
	ID,
	/** Records with a {@code name}. */
	NAME,
	/** Records with a {@code key}. */
	KEY,
	/** Servers and other records with a {@code url}. */
	URL;

	/** The identity that fits every item of the given arrays (any may be null), or null. */
	static Identity choose(SequenceNode... arrays) {
		for (Identity id : values()) {
			if (fits(id, arrays)) {
				return id;
			}
		}
		return null;
	}

	private static boolean fits(Identity id, SequenceNode... arrays) {
		for (SequenceNode s : arrays) {
			if (s == null) {
				continue;
			}
			Map<String, Integer> seen = new HashMap<>();
			for (int i = 0; i < s.size(); i++) {
				String k = id.of(s.get(i));
				if (k == null || seen.put(k, Integer.valueOf(i)) != null) {
					return false;
				}
			}
		}
		return true;
	}

	/** The item's identity under this rule, or null when it has none. */
	String of(Node item) {
		Node n = Nodes.resolveAlias(item);
		if (this == SCALAR) {
			return n instanceof ScalarNode s ? s.type() + ":" + Values.canonical(s) : null; //$NON-NLS-1$
		}
		if (!(n instanceof MappingNode m)) {
			return null;
		}
		return switch (this) {
		case PARAMETER -> {
			String ref = text(m, "$ref"); //$NON-NLS-1$
			String name = text(m, "name"); //$NON-NLS-1$
			String in = text(m, "in"); //$NON-NLS-1$
			yield ref != null ? "$ref:" + ref : name != null && in != null ? in + ":" + name : null; //$NON-NLS-1$ //$NON-NLS-2$
		}
		case ID -> text(m, "id"); //$NON-NLS-1$
		case NAME -> text(m, "name"); //$NON-NLS-1$
		case KEY -> text(m, "key"); //$NON-NLS-1$
		case URL -> text(m, "url"); //$NON-NLS-1$
		default -> null;
		};
	}

	Map<String, Integer> index(SequenceNode s) {
		Map<String, Integer> idx = new HashMap<>();
		if (s != null) {
			for (int i = 0; i < s.size(); i++) {
				idx.put(of(s.get(i)), Integer.valueOf(i));
			}
		}
		return idx;
	}

	private static String text(MappingNode m, String key) {
		Node v = m.get(key);
		return v != null && Nodes.resolveAlias(v) instanceof ScalarNode s && !s.value().isEmpty() ? s.value() : null;
	}
}
