package dev.specsync.document;

import java.util.List;
import java.util.Map;

import dev.specsync.document.internal.JsonStrings;
import dev.specsync.document.internal.Renderer;

/**
 * Plans structural edits of one {@link SourceDocument} as {@link TextEdit}s that touch only the lines of the
 * edited entry; the rest of the text, comments included, is left as it is. Apply a result with
 * {@link SourceDocument#apply(TextEdit)}, which re-parses the edited text.
 *
 * <p>New text follows the file's {@link TextStyle}: indentation unit and the indentation of neighbours, line
 * ending, JSON key/value separator and one-entry-per-line or inline layout, YAML block or flow style of the
 * surrounding collection, and the YAML quote style of the replaced scalar or the file's preferred quote.
 *
 * <p>Values are plain Java: {@code Map} (iteration order kept), {@code List}, {@code String}, {@code Number},
 * {@code Boolean} and {@code null}. Pointers are RFC 6901. Immutable and thread-safe; edits through a YAML
 * alias change the anchored node. Misuse (missing pointer, wrong node kind, existing key) throws
 * {@link IllegalArgumentException}.
 */
public final class DocumentEditor {
	private final SourceDocument doc;
	private final String text;
	private final Renderer render;
	private final boolean json;

	/**
	 * Prepares edits of one document; the document's text style is detected once, here.
	 *
	 * @param doc the document every edit refers to, not {@code null}
	 */
	public DocumentEditor(SourceDocument doc) {
		this.doc = doc;
		this.text = doc.text();
		this.json = doc.format() == Format.JSON;
		this.render = new Renderer(doc.style(), documentCommaGap());
	}

	/** What follows commas between siblings on one line in this file: " " unless the file is compact. */
	private String documentCommaGap() {
		Node n = doc.root();
		for (int depth = 0; depth < 64; depth++) {
			Node a;
			Node b;
			if (n instanceof MappingNode m && m.size() > 0) {
				if (m.size() > 1) {
					a = m.value(0);
					b = m.key(1);
				} else {
					n = m.value(0);
					continue;
				}
			} else if (n instanceof SequenceNode s && s.size() > 0) {
				if (s.size() > 1) {
					a = s.get(0);
					b = s.get(1);
				} else {
					n = s.get(0);
					continue;
				}
			} else {
				return " ";
			}
			String between = text.substring(a.end(), b.start());
			return between.equals(",") ? "" : " ";
		}
		return " ";
	}

	/** Replaces the scalar (or any node) at {@code pointer} with a scalar value. */
	public TextEdit setScalar(String pointer, Object value) {
		if (!Renderer.isScalar(value)) {
			throw new IllegalArgumentException("not a scalar value: " + value);
		}
		return replace(pointer, value);
	}

	/** Replaces the node at {@code pointer} (the root included) with {@code value}. */
	public TextEdit replace(String pointer, Object value) {
		JsonPointer p = JsonPointer.parse(pointer);
		Node node = require(p);
		if (json) {
			int lineStart = doc.lineStartOffset(doc.start(node).line());
			return new TextEdit(node.start(), node.end() - node.start(),
					render.json(value, leadingWhitespace(lineStart), doc.lineCount() > 1));
		}
		if (node instanceof ScalarNode s && Renderer.isScalar(value)) {
			return replaceYamlScalar(s, value);
		}
		Node parent = p.isRoot() ? null : Nodes.resolveAlias(p.parent().resolve(doc.root()));
		if (isFlow(parent) || isFlow(node) && Renderer.isEmptyCollection(value)) {
			return new TextEdit(node.start(), node.end() - node.start(), render.yamlFlow(value, (char) 0));
		}
		if (parent instanceof MappingNode m) {
			Node key = m.key(m.indexOf(p.last()));
			int colon = colonAfter(key);
			return new TextEdit(colon, node.end() - colon, render.yamlAfterColon(value, spaces(key.start())));
		}
		if (parent instanceof SequenceNode) {
			int dash = dashBefore(node);
			return new TextEdit(dash + 1, node.end() - dash - 1, render.yamlAfterDash(value, spaces(dash)));
		}
		String block = Renderer.isScalar(value) || Renderer.isEmptyCollection(value)
				? render.yamlFlow(value, (char) 0) : render.yamlBlock(value, "");
		if (block.endsWith(render.newline())) {
			block = block.substring(0, block.length() - render.newline().length());
		}
		return new TextEdit(node.start(), node.end() - node.start(), block);
	}

	/**
	 * Adds {@code key: value} to the mapping at {@code mappingPointer}, after the entry {@code afterKey}, or at the
	 * end when {@code afterKey} is null.
	 */
	public TextEdit addEntry(String mappingPointer, String key, Object value, String afterKey) {
		MappingNode m = requireKind(mappingPointer, MappingNode.class);
		if (m.indexOf(key) >= 0) {
			throw new IllegalArgumentException("key '" + key + "' already exists at " + mappingPointer);
		}
		if (m.size() == 0) {
			return replace(mappingPointer, Map.of(key, value));
		}
		int after = afterKey == null ? m.size() - 1 : m.indexOf(afterKey);
		if (after < 0) {
			throw new IllegalArgumentException("no key '" + afterKey + "' at " + mappingPointer);
		}
		Node prev = m.value(after);
		Node firstKey = m.key(0);
		if (json || m.style() == CollectionStyle.FLOW) {
			boolean ownLines = lineOf(firstKey.start()) != lineOf(m.start());
			String lead = ownLines ? render.newline() + leadingWhitespace(lineStartOf(firstKey.start())) : commaSpace(m);
			String entry = json
					? JsonStrings.quote(key) + doc.style().keyValueSeparator()
					+ render.json(value, leadingWhitespace(lineStartOf(firstKey.start())), ownLines)
					: render.yamlScalar(key, (char) 0, true) + ": " + render.yamlFlow(value, (char) 0);
			return new TextEdit(prev.end(), 0, "," + lead + entry);
		}
		String lines = render.yamlEntry(key, value, spaces(firstKey.start()));
		return insertAfterLineOf(prev.end(), lines);
	}

	/** Removes the mapping entry at {@code pointer} together with its line(s). */
	public TextEdit removeEntry(String pointer) {
		JsonPointer p = JsonPointer.parse(pointer);
		MappingNode m = requireKind(p.parent().toString(), MappingNode.class);
		int i = m.indexOf(p.last());
		if (i < 0) {
			throw new IllegalArgumentException("no entry at " + pointer);
		}
		if (m.size() == 1) {
			return replace(p.parent().toString(), Map.of());
		}
		Node key = m.key(i);
		if (json || m.style() == CollectionStyle.FLOW) {
			return i < m.size() - 1
					? span(key.start(), m.key(i + 1).start())
					: span(m.value(i - 1).end(), m.value(i).end());
		}
		if (!firstOnLine(key.start())) {
			return span(key.start(), m.key(i + 1).start());
		}
		return span(lineStartOf(key.start()), doc.lineStartOffsetAfter(m.value(i).end()));
	}

	/** Renames the key of the entry at {@code pointer}, keeping its quote style. */
	public TextEdit renameKey(String pointer, String newKey) {
		JsonPointer p = JsonPointer.parse(pointer);
		MappingNode m = requireKind(p.parent().toString(), MappingNode.class);
		int i = m.indexOf(p.last());
		if (i < 0) {
			throw new IllegalArgumentException("no entry at " + pointer);
		}
		if (m.indexOf(newKey) >= 0) {
			throw new IllegalArgumentException("key '" + newKey + "' already exists");
		}
		Node key = m.key(i);
		String rendered = json ? JsonStrings.quote(newKey)
				: render.yamlScalar(newKey, quoteOf(key), m.style() == CollectionStyle.FLOW);
		return new TextEdit(key.start(), key.end() - key.start(), rendered);
	}

	/** Inserts {@code value} before item {@code index} of the sequence at {@code sequencePointer}. */
	public TextEdit insertItem(String sequencePointer, int index, Object value) {
		SequenceNode s = requireKind(sequencePointer, SequenceNode.class);
		if (index < 0 || index > s.size()) {
			throw new IllegalArgumentException("index " + index + " outside 0.." + s.size());
		}
		if (s.size() == 0) {
			return replace(sequencePointer, List.of(value));
		}
		Node first = s.get(0);
		if (json || s.style() == CollectionStyle.FLOW) {
			boolean ownLines = lineOf(first.start()) != lineOf(s.start());
			String indent = leadingWhitespace(lineStartOf(first.start()));
			String lead = ownLines ? render.newline() + indent : commaSpace(s);
			String item = json ? render.json(value, indent, ownLines) : render.yamlFlow(value, (char) 0);
			return index == s.size()
					? new TextEdit(s.get(s.size() - 1).end(), 0, "," + lead + item)
					: new TextEdit(s.get(index).start(), 0, item + "," + lead);
		}
		int dash = dashBefore(first);
		String lines = render.yamlItem(value, spaces(dash));
		if (index == s.size()) {
			return insertAfterLineOf(s.get(s.size() - 1).end(), lines);
		}
		int at = dashBefore(s.get(index));
		if (!firstOnLine(at)) {
			throw new IllegalArgumentException("cannot insert before an item that shares its line: " + sequencePointer);
		}
		return new TextEdit(lineStartOf(at), 0, lines);
	}

	/** Appends {@code value} to the sequence at {@code sequencePointer}. */
	public TextEdit appendItem(String sequencePointer, Object value) {
		return insertItem(sequencePointer, requireKind(sequencePointer, SequenceNode.class).size(), value);
	}

	/** Removes the sequence item at {@code pointer} together with its line(s). */
	public TextEdit removeItem(String pointer) {
		JsonPointer p = JsonPointer.parse(pointer);
		SequenceNode s = requireKind(p.parent().toString(), SequenceNode.class);
		int i = p.last().matches("\\d+") ? Integer.parseInt(p.last()) : -1;
		if (i < 0 || i >= s.size()) {
			throw new IllegalArgumentException("no item at " + pointer);
		}
		if (s.size() == 1) {
			return replace(p.parent().toString(), List.of());
		}
		if (json || s.style() == CollectionStyle.FLOW) {
			return i < s.size() - 1 ? span(s.get(i).start(), s.get(i + 1).start())
					: span(s.get(i - 1).end(), s.get(i).end());
		}
		int dash = dashBefore(s.get(i));
		if (!firstOnLine(dash)) {
			return span(dash, dashBefore(s.get(i + 1)));
		}
		return span(lineStartOf(dash), doc.lineStartOffsetAfter(s.get(i).end()));
	}

	// ------------------------------------------------------------------ helpers

	private TextEdit replaceYamlScalar(ScalarNode old, Object value) {
		int start = old.start();
		while (old.anchor() != null || old.tag() != null) {
			char c = text.charAt(start);
			if (c != '&' && c != '!') {
				break;
			}
			while (start < old.end() && !Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			while (start < old.end() && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
		}
		String rendered;
		if (value instanceof String s && s.contains("\n") && !s.startsWith(" ")
				&& (old.style() == ScalarStyle.LITERAL || old.style() == ScalarStyle.FOLDED)) {
			rendered = literal(s, spaces(lineStartOf(start) + indentWidth(lineStartOf(start)))
					+ doc.style().indentUnit());
		} else {
			rendered = render.yamlScalar(value, quoteOf(old), false);
		}
		if (start == old.end() && start > 0 && text.charAt(start - 1) == ':') {
			rendered = " " + rendered;
		}
		return new TextEdit(start, old.end() - start, rendered);
	}

	private String literal(String s, String indent) {
		String body = s;
		String chomp = "-";
		if (s.endsWith("\n")) {
			body = s.substring(0, s.length() - 1);
			chomp = body.endsWith("\n") ? "+" : "";
		}
		StringBuilder sb = new StringBuilder("|").append(chomp);
		for (String line : body.split("\n", -1)) {
			sb.append(render.newline());
			if (!line.isEmpty()) {
				sb.append(indent).append(line);
			}
		}
		return sb.toString();
	}

	private char quoteOf(Node n) {
		if (n instanceof ScalarNode s) {
			if (s.style() == ScalarStyle.SINGLE_QUOTED) {
				return '\'';
			}
			if (s.style() == ScalarStyle.DOUBLE_QUOTED) {
				return '"';
			}
		}
		return 0;
	}

	private Node require(JsonPointer p) {
		Node n = p.resolve(doc.root());
		if (n == null) {
			throw new IllegalArgumentException("nothing at " + p);
		}
		return n;
	}

	private <T extends Node> T requireKind(String pointer, Class<T> kind) {
		Node n = Nodes.resolveAlias(require(JsonPointer.parse(pointer)));
		if (!kind.isInstance(n)) {
			throw new IllegalArgumentException(pointer + " is a " + n.kind() + ", not a " + kind.getSimpleName());
		}
		return kind.cast(n);
	}

	private static boolean isFlow(Node n) {
		return (n instanceof MappingNode m && m.style() == CollectionStyle.FLOW)
				|| (n instanceof SequenceNode s && s.style() == CollectionStyle.FLOW);
	}

	private TextEdit span(int from, int to) {
		return new TextEdit(from, to - from, "");
	}

	private TextEdit insertAfterLineOf(int offset, String lines) {
		int at = doc.lineStartOffsetAfter(offset);
		if (at == text.length() && !doc.style().trailingNewline()) {
			return new TextEdit(at, 0, render.newline() + lines.substring(0, lines.length() - render.newline().length()));
		}
		return new TextEdit(at, 0, lines);
	}

	private String commaSpace(Node collection) {
		Node a = collection instanceof MappingNode m && m.size() > 1 ? m.value(0)
				: collection instanceof SequenceNode s && s.size() > 1 ? s.get(0) : null;
		Node b = collection instanceof MappingNode m && m.size() > 1 ? m.key(1)
				: collection instanceof SequenceNode s && s.size() > 1 ? s.get(1) : null;
		if (a == null || b == null) {
			return json ? documentCommaGap() : " ";
		}
		return text.substring(a.end(), b.start()).equals(",") ? "" : " ";
	}

	private int lineOf(int offset) {
		return doc.position(offset).line();
	}

	private int lineStartOf(int offset) {
		return doc.lineStartOffset(lineOf(offset));
	}

	private boolean firstOnLine(int offset) {
		for (int i = lineStartOf(offset); i < offset; i++) {
			if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
				return false;
			}
		}
		return true;
	}

	private String leadingWhitespace(int lineStart) {
		int i = lineStart;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(lineStart, i);
	}

	private int indentWidth(int lineStart) {
		return leadingWhitespace(lineStart).length();
	}

	/** Spaces as wide as the column of {@code offset} (YAML indentation is spaces only). */
	private String spaces(int offset) {
		return " ".repeat(offset - lineStartOf(offset));
	}

	private int colonAfter(Node key) {
		int i = key.end();
		while (i < text.length() && text.charAt(i) != ':') {
			i++;
		}
		return i + 1;
	}

	private int dashBefore(Node item) {
		int i = item.start() - 1;
		while (i >= 0 && text.charAt(i) != '-') {
			i--;
		}
		if (i < 0) {
			throw new IllegalArgumentException("no '-' before item at " + doc.start(item));
		}
		return i;
	}
}
