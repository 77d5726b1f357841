package dev.specsync.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer such as {@code /paths/~1users~1{id}/get}. Immutable.
 */
public final class JsonPointer {
	/** The empty pointer {@code ""}, which names the whole document. */
	public static final JsonPointer ROOT = new JsonPointer(List.of());

	private final List<String> tokens;

	private JsonPointer(List<String> tokens) {
		this.tokens = tokens;
	}

	/**
	 * Parses a pointer string; {@code ""} is the root.
	 *
	 * @throws IllegalArgumentException when the text does not start with {@code /} or has a bad {@code ~} escape
	 */
	public static JsonPointer parse(String pointer) {
		if (pointer.isEmpty()) {
			return ROOT;
		}
		if (pointer.charAt(0) != '/') {
			throw new IllegalArgumentException("JSON pointer must start with '/': " + pointer);
		}
		List<String> tokens = new ArrayList<>();
		StringBuilder token = new StringBuilder();
		for (int i = 1; i <= pointer.length(); i++) {
			char c = i < pointer.length() ? pointer.charAt(i) : '/';
			if (c == '/') {
				tokens.add(token.toString());
				token.setLength(0);
			} else if (c == '~') {
				char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
				if (next == '0') {
					token.append('~');
				} else if (next == '1') {
					token.append('/');
				} else {
					throw new IllegalArgumentException("bad escape '~' at index " + i + " in JSON pointer: " + pointer);
				}
				i++;
			} else {
				token.append(c);
			}
		}
		return new JsonPointer(Collections.unmodifiableList(tokens));
	}

	/** A pointer from unescaped reference tokens. */
	public static JsonPointer of(List<String> tokens) {
		return new JsonPointer(List.copyOf(tokens));
	}

	/** Escapes one reference token ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
	public static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * The reference tokens, unescaped ({@code ~1} is already {@code /}).
	 *
	 * @return an unmodifiable list, empty for the root
	 */
	public List<String> tokens() {
		return tokens;
	}

	/**
	 * Whether this is the root pointer.
	 *
	 * @return {@code true} when there are no tokens
	 */
	public boolean isRoot() {
		return tokens.isEmpty();
	}

	/** The pointer without its last token; the root's parent is the root. */
	public JsonPointer parent() {
		return tokens.isEmpty() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
	}

	/** The last token, or null for the root. */
	public String last() {
		return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
	}

	/**
	 * A pointer one level deeper.
	 *
	 * @param token an unescaped reference token (a mapping key or a sequence index)
	 * @return a new pointer; this one is unchanged
	 */
	public JsonPointer append(String token) {
		List<String> t = new ArrayList<>(tokens);
		t.add(token);
		return new JsonPointer(Collections.unmodifiableList(t));
	}

	/**
	 * Follows this pointer from {@code root}. Aliases met on the way are resolved; the final node is returned
	 * as it is (possibly an {@link AliasNode}). Returns null when a step does not exist.
	 */
	public Node resolve(Node root) {
		Node n = root;
		for (String t : tokens) {
			n = Nodes.resolveAlias(n);
			if (n instanceof MappingNode m) {
				n = m.get(t);
			} else if (n instanceof SequenceNode s) {
				int i = arrayIndex(t);
				n = i >= 0 && i < s.size() ? s.get(i) : null;
			} else {
				return null;
			}
			if (n == null) {
				return null;
			}
		}
		return n;
	}

	/** The index named by a token, or -1 when it is not a valid RFC 6901 array index. */
	static int arrayIndex(String t) {
		if (t.isEmpty() || t.length() > 9 || (t.length() > 1 && t.charAt(0) == '0')) {
			return -1;
		}
		for (int i = 0; i < t.length(); i++) {
			if (t.charAt(i) < '0' || t.charAt(i) > '9') {
				return -1;
			}
		}
		return Integer.parseInt(t);
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();
		for (String t : tokens) {
			sb.append('/').append(escape(t));
		}
		return sb.toString();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof JsonPointer p && p.tokens.equals(tokens);
	}

	@Override
	public int hashCode() {
		return tokens.hashCode();
	}
}
