package dev.specsync.document.internal;

import dev.specsync.document.DocumentException;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Node;
import dev.specsync.document.ScalarStyle;
import dev.specsync.document.ScalarType;

/**
 * Strict RFC 8259 JSON parser producing positioned nodes. Iterative (an explicit stack of open brackets), so
 * nesting depth is bounded only by {@link LoadOptions#maxDepth()}. Errors name the line of the bracket or
 * quote that is left open.
 */
public final class JsonScanner {
	private final String text;
	private final int length;
	private final Problems problems;
	private final TreeBuilder builder;
	private int pos;
	private int[] openers = new int[32];

	/**
	 * Prepares a scan; {@link #parse()} does the work.
	 *
	 * @param text the whole text
	 * @param startOffset where the JSON value starts (0, or after a prefix the caller skipped)
	 * @param problems where warnings go and errors are built
	 * @param options the depth limit and duplicate key policy
	 */
	public JsonScanner(String text, int startOffset, Problems problems, LoadOptions options) {
		this.text = text;
		this.length = text.length();
		this.problems = problems;
		this.builder = new TreeBuilder(problems, options);
		this.pos = startOffset;
	}

	/** Parses the whole text; returns the root node. */
	public Node parse() throws DocumentException {
		skipWs();
		if (pos >= length) {
			throw problems.error(pos, length == 0 ? "file is empty" : "file contains only whitespace",
					"a JSON document needs a value, e.g. {}");
		}
		while (true) {
			if (!value()) {
				continue;
			}
			while (true) {
				int depth = builder.depth();
				if (depth == 0) {
					skipWs();
					if (pos < length) {
						throw problems.error(pos, "unexpected " + describe(pos) + " after the end of the JSON document",
								"a JSON file holds exactly one value; remove the extra text or wrap the values in [ ]");
					}
					return builder.root();
				}
				boolean inObject = text.charAt(openers[depth - 1]) == '{';
				skipWs();
				if (pos >= length) {
					throw unclosed(depth);
				}
				char c = text.charAt(pos);
				if (c == ',') {
					int comma = pos++;
					skipWs();
					if (pos < length && (text.charAt(pos) == '}' || text.charAt(pos) == ']')) {
						throw problems.error(comma, "trailing comma before '" + text.charAt(pos) + "'",
								"remove the comma after the last " + (inObject ? "entry" : "item"));
					}
					if (inObject) {
						key();
					}
					break;
				}
				char closer = inObject ? '}' : ']';
				if (c == closer) {
					pos++;
					builder.close(pos);
					continue;
				}
				if (c == '}' || c == ']') {
					throw problems.error(pos, "'" + c + "' does not match '" + text.charAt(openers[depth - 1])
									+ "' opened at " + problems.where(openers[depth - 1]),
							"close the " + (inObject ? "object" : "array") + " with '" + closer + "'");
				}
				throw problems.error(pos, "expected ',' or '" + closer + "' but found " + describe(pos),
						inObject ? "separate entries with commas" : "separate items with commas");
			}
		}
	}

	/** Parses a value at pos; false when a non-empty collection was opened (its children follow). */
	private boolean value() throws DocumentException {
		Node scalar = scalarOrOpen();
		if (scalar == OPENED) {
			return false;
		}
		if (scalar != null) {
			builder.add(scalar);
		}
		return true;
	}

	private static final Node OPENED = new EagerScalar(0, 0, ScalarType.NULL, ScalarStyle.PLAIN, "", null);

	/** A scalar; null when an empty collection was read and added; {@link #OPENED} for a non-empty one. */
	private Node scalarOrOpen() throws DocumentException {
		skipWs();
		if (pos >= length) {
			throw builder.depth() == 0 ? problems.error(pos, "expected a value", null) : unclosed(builder.depth());
		}
		char c = text.charAt(pos);
		switch (c) {
			case '{', '[' -> {
				int open = pos++;
				int depth = builder.depth();
				builder.open(c == '{', open, true, null);
				if (depth == openers.length) {
					openers = java.util.Arrays.copyOf(openers, depth * 2);
				}
				openers[depth] = open;
				skipWs();
				if (pos < length && text.charAt(pos) == (c == '{' ? '}' : ']')) {
					pos++;
					builder.close(pos);
					return null;
				}
				if (c == '{') {
					key();
				}
				return OPENED;
			}
			case '"' -> {
				int start = pos;
				boolean escaped = string();
				return new JsonScalar(text, start, pos, escaped ? JsonScalar.ESCAPED_STRING : JsonScalar.STRING);
			}
			case 't' -> {
				return literal("true", JsonScalar.BOOLEAN);
			}
			case 'f' -> {
				return literal("false", JsonScalar.BOOLEAN);
			}
			case 'n' -> {
				return literal("null", JsonScalar.NULL);
			}
			default -> {
				if (c == '-' || (c >= '0' && c <= '9')) {
					return number();
				}
				if (c == '}' || c == ']') {
					throw problems.error(pos, "expected a value but found '" + c + "'", null);
				}
				throw problems.error(pos, "expected a value but found " + describe(pos),
						c == '\'' ? "JSON strings use double quotes"
								: Character.isLetter(c) ? "JSON literals are true, false and null (lower case); "
								+ "strings need double quotes" : null);
			}
		}
	}

	private void key() throws DocumentException {
		skipWs();
		if (pos >= length) {
			throw unclosed(builder.depth());
		}
		if (text.charAt(pos) != '"') {
			throw problems.error(pos, "expected a key in double quotes but found " + describe(pos),
					text.charAt(pos) == '\'' ? "JSON keys use double quotes" : null);
		}
		int start = pos;
		boolean escaped = string();
		String value = escaped ? builder.intern(JsonStrings.unescape(text, start + 1, pos - 1))
				: builder.intern(text, start + 1, pos - 1);
		builder.add(new EagerScalar(start, pos, ScalarType.STRING, ScalarStyle.DOUBLE_QUOTED, value, null));
		skipWs();
		if (pos >= length) {
			throw unclosed(builder.depth());
		}
		if (text.charAt(pos) != ':') {
			throw problems.error(pos, "expected ':' after key " + text.substring(start, Math.min(pos, start + 60))
					+ " but found " + describe(pos), null);
		}
		pos++;
	}

	/** Scans a string literal starting at the quote at pos; returns whether it contains escapes. */
	private boolean string() throws DocumentException {
		int start = pos;
		boolean escaped = false;
		int i = pos + 1;
		while (true) {
			if (i >= length) {
				throw problems.error(start, "string is not closed (end of file reached)",
						"add the closing double quote");
			}
			char c = text.charAt(i);
			if (c == '"') {
				pos = i + 1;
				return escaped;
			}
			if (c == '\\') {
				escaped = true;
				if (i + 1 >= length) {
					continue;
				}
				char e = text.charAt(i + 1);
				if (e == 'u') {
					for (int k = 2; k < 6; k++) {
						if (i + k >= length || Character.digit(text.charAt(i + k), 16) < 0) {
							throw problems.error(i, "invalid \\u escape: expected 4 hex digits", null);
						}
					}
					i += 6;
				} else if ("\"\\/bfnrt".indexOf(e) >= 0) {
					i += 2;
				} else {
					throw problems.error(i, "invalid escape '\\" + e + "' in string",
							"valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
				}
				continue;
			}
			if (c < 0x20) {
				if (c == '\n' || c == '\r') {
					throw problems.error(start, "string is not closed before the end of the line",
							"add the closing double quote, or write a line break inside a string as \\n");
				}
				throw problems.error(i, "control character U+" + String.format("%04X", (int) c)
						+ " in string", "escape it as \\u" + String.format("%04x", (int) c));
			}
			i++;
		}
	}

	private Node number() throws DocumentException {
		int start = pos;
		int i = pos;
		if (text.charAt(i) == '-') {
			i++;
		}
		int digits = digits(i);
		if (digits == 0) {
			throw problems.error(i, "invalid number: expected a digit", null);
		}
		if (text.charAt(i) == '0' && digits > 1) {
			throw problems.error(start, "invalid number: leading zeros are not allowed", null);
		}
		i += digits;
		if (i < length && text.charAt(i) == '.') {
			int frac = digits(i + 1);
			if (frac == 0) {
				throw problems.error(i + 1, "invalid number: expected a digit after '.'", null);
			}
			i += 1 + frac;
		}
		if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
			i++;
			if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
				i++;
			}
			int exp = digits(i);
			if (exp == 0) {
				throw problems.error(i, "invalid number: expected a digit in the exponent", null);
			}
			i += exp;
		}
		pos = i;
		return new JsonScalar(text, start, i, JsonScalar.NUMBER);
	}

	private int digits(int from) {
		int i = from;
		while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i - from;
	}

	private Node literal(String word, byte kind) throws DocumentException {
		if (!text.startsWith(word, pos)) {
			throw problems.error(pos, "expected a value but found " + describe(pos),
					"JSON literals are true, false and null (lower case); strings need double quotes");
		}
		int start = pos;
		pos += word.length();
		return new JsonScalar(text, start, pos, kind);
	}

	private void skipWs() throws DocumentException {
		while (pos < length) {
			char c = text.charAt(pos);
			if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
				pos++;
			} else if (c == '/' && pos + 1 < length && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
				throw problems.error(pos, "comments are not allowed in JSON",
						"remove the comment, or save the file as YAML, which allows # comments");
			} else {
				return;
			}
		}
	}

	private DocumentException unclosed(int depth) {
		int open = openers[depth - 1];
		char c = text.charAt(open);
		return problems.error(length, "end of file reached but '" + c + "' opened at " + problems.where(open)
				+ " is not closed", "add '" + (c == '{' ? '}' : ']') + "' to close it");
	}

	private String describe(int at) {
		if (at >= length) {
			return "end of file";
		}
		int cp = text.codePointAt(at);
		if (cp < 0x20 || cp == 0x7f) {
			return String.format("character U+%04X", cp);
		}
		return "'" + Character.toString(cp) + "'";
	}
}
