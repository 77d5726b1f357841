package dev.specsync.openapi.validation.internal;

import java.util.List;

import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.Nodes;
import dev.specsync.document.Position;
import dev.specsync.document.ScalarNode;
import dev.specsync.document.SequenceNode;
import dev.specsync.openapi.ApiFile;
import dev.specsync.openapi.RefTarget;
import dev.specsync.openapi.validation.internal.PathTokens.Token;
import dev.specsync.openapi.validation.internal.PathTokens.Type;

/**
 * Finds the node a swagger-parser location names in the API's files: walks the dotted path from the root
 * file, through the {@code $ref}s that {@link Inlining} inlines, into the files that hold the parts. Stateless
 * apart from the inlining; thread-safe.
 */
final class Locator {
	/** Most $ref hops at one step; chains are reported as cycles elsewhere. */
	private static final int MAX_HOPS = 64;

	private final Inlining inlining;

	Locator(Inlining inlining) {
		this.inlining = inlining;
	}

	/**
	 * Where a path leads, as far as the documents have it.
	 *
	 * @param file the file of the node to point at
	 * @param position its first character: the key of the last step matched (so {@code x is missing} points at
	 *        the key of the object lacking {@code x}), the item for a list step, the root's start for none
	 * @param matched how many steps of the path were found
	 * @param steps how many steps the path has
	 * @param nodeFile the file holding {@code node}
	 * @param node the node the matched steps lead to, as written (a {@code $ref} object is not followed)
	 */
	record Place(ApiFile file, Position position, int matched, int steps, ApiFile nodeFile, Node node) {
		boolean complete() {
			return matched == steps;
		}
	}

	/**
	 * Walks a path.
	 *
	 * @param path a swagger-parser location, e.g. {@code components.schemas.Pet.required}
	 * @return where it leads; never {@code null}
	 */
	Place locate(String path) {
		List<Token> tokens = PathTokens.split(path);
		ApiFile root = inlining.set().root();
		ApiFile file = root;
		Node node = root.document().root();
		ApiFile anchorFile = root;
		Node anchor = node;
		int i = 0;
		walk: while (i < tokens.size()) {
			for (int hop = 0; hop < MAX_HOPS; hop++) {
				RefTarget t = inlining.inlined(node);
				if (t == null) {
					break;
				}
				file = t.file();
				node = t.node();
			}
			node = Nodes.resolveAlias(node);
			Token token = tokens.get(i);
			if (node instanceof MappingNode m) {
				int index = -1;
				int next = i + 1;
				if (token.type() == Type.PLAIN) {
					for (int j = lastPlain(tokens, i); j > i && index < 0; j--) {
						index = m.indexOf(join(tokens, i, j));
						next = j;
					}
					if (index < 0 && token.text().equals("schemas")) { //$NON-NLS-1$ a parameter's schema is named so
						index = m.indexOf("schema"); //$NON-NLS-1$
						next = i + 1;
					}
				} else if (token.type() != Type.NAMED_ITEM) {
					index = m.indexOf(token.text());
				}
				if (index < 0) {
					break walk;
				}
				anchorFile = file;
				anchor = m.key(index);
				node = m.value(index);
				i = next;
			} else if (node instanceof SequenceNode s && token.type() == Type.NAMED_ITEM) {
				Node item = namedItem(s, token.text());
				if (item == null) {
					break walk;
				}
				anchorFile = file;
				anchor = item;
				node = item;
				i++;
			} else {
				break walk;
			}
		}
		return new Place(anchorFile, anchorFile.document().start(anchor), i, tokens.size(), file, node);
	}

	private Node namedItem(SequenceNode s, String name) {
		for (Node item : s.items()) {
			Node n = item;
			for (int hop = 0; hop < MAX_HOPS; hop++) {
				RefTarget t = inlining.inlined(n);
				if (t == null) {
					break;
				}
				n = t.node();
			}
			if (Nodes.resolveAlias(n) instanceof MappingNode m && Nodes.resolveAlias(m.get("name")) instanceof ScalarNode v //$NON-NLS-1$
					&& v.value().equals(name)) {
				return item;
			}
		}
		return null;
	}

	/** The end (exclusive) of the run of plain steps starting at {@code from}. */
	private static int lastPlain(List<Token> tokens, int from) {
		int j = from;
		while (j < tokens.size() && tokens.get(j).type() == Type.PLAIN) {
			j++;
		}
		return j;
	}

	private static String join(List<Token> tokens, int from, int to) {
		StringBuilder sb = new StringBuilder(tokens.get(from).text());
		for (int k = from + 1; k < to; k++) {
			sb.append('.').append(tokens.get(k).text());
		}
		return sb.toString();
	}
}
