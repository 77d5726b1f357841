package dev.specsync.document.internal;

import dev.specsync.document.DocumentException;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Node;
import dev.specsync.document.ScalarStyle;
import dev.specsync.document.ScalarType;

/**
 * A fast reader for the plain block YAML most OpenAPI files are written in, building exactly the nodes
 * {@link YamlReader} builds from snakeyaml-engine's events (same offsets, values, types, styles, quote counts and
 * sequence indentation), several times faster. It knows only a subset: block mappings and sequences; single-line
 * plain, single- and double-quoted scalars; literal and folded block scalars with clip or strip chomping; empty
 * flow collections; comments. Anything else (anchors, aliases, tags, flow content, multi-line plain or quoted
 * scalars, tabs, CR line breaks, directives, document markers, unusual escapes, any error) makes {@link #read}
 * return null, and the caller reads the text with {@link YamlReader}, which also produces the diagnostics for
 * malformed input. It therefore never has to be right about an error, only about the input it accepts.
 */
public final class FastYaml {

	/** Thrown when the text leaves the supported subset; cheap (no stack trace). */
	private static final class Unsupported extends RuntimeException {
		private static final long serialVersionUID = 1L;
		static final Unsupported INSTANCE = new Unsupported();

		private Unsupported() {
			super(null, null, false, false);
		}
	}

	private final String text;
	private final int length;
	private final TreeBuilder builder;
	private int pos;
	/** Where the line of the scalar read last ends (its line break or the end of the text). */
	private int valueLineEnd;
	private int singleQuoted;
	private int doubleQuoted;
	private Boolean indentedSequences;

	private FastYaml(String text, Problems problems, LoadOptions options) {
		this.text = text;
		this.length = text.length();
		this.builder = new TreeBuilder(problems, options);
	}

	/**
	 * Reads a text in the supported subset.
	 *
	 * @param text the whole text
	 * @param problems where duplicate keys are reported; discard it when null is returned
	 * @param options the depth limit and duplicate key policy
	 * @return the result, or null when the text is outside the subset (read it with {@link YamlReader})
	 */
	public static Result read(String text, Problems problems, LoadOptions options) {
		if (text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0) {
			return null;
		}
		FastYaml y = new FastYaml(text, problems, options);
		try {
			Node root = y.document();
			return new Result(root, y.singleQuoted, y.doubleQuoted, y.indentedSequences);
		} catch (DocumentException | RuntimeException | StackOverflowError e) {
			return null;
		}
	}

	/**
	 * What {@link #read} found.
	 *
	 * @param root the root node
	 * @param singleQuoted the number of single-quoted scalars
	 * @param doubleQuoted the number of double-quoted scalars
	 * @param indentedSequences whether block sequences under a key are indented; null when there are none
	 */
	public record Result(Node root, int singleQuoted, int doubleQuoted, Boolean indentedSequences) {
	}

	private static Unsupported unsupported() {
		return Unsupported.INSTANCE;
	}

	private Node document() throws DocumentException {
		pos = 0;
		skipLines();
		if (pos >= length) {
			throw unsupported();
		}
		int col = column(pos);
		if (col == 0 && (text.startsWith("---", pos) || text.startsWith("...", pos) || text.charAt(pos) == '%')) {
			throw unsupported();
		}
		if (isDash(pos)) {
			sequence(col);
		} else {
			mapping(col);
		}
		if (pos < length) {
			throw unsupported();
		}
		Node root = builder.root();
		if (root == null) {
			throw unsupported();
		}
		return root;
	}

	// ---- lines

	private int lineStart(int p) {
		int s = text.lastIndexOf('\n', p - 1);
		return s + 1;
	}

	private int column(int p) {
		return p - lineStart(p);
	}

	private int lineEnd(int p) {
		int e = text.indexOf('\n', p);
		return e < 0 ? length : e;
	}

	/**
	 * From the start of a line (or anywhere in a line whose rest is blank or a comment), moves {@link #pos} to the
	 * first content char of the next line that is neither blank nor a comment, or to the end of the text.
	 */
	private void skipLines() {
		int p = pos;
		while (p < length) {
			int q = p;
			while (q < length && text.charAt(q) == ' ') {
				q++;
			}
			if (q >= length) {
				p = length;
				break;
			}
			char c = text.charAt(q);
			if (c == '\n') {
				p = q + 1;
			} else if (c == '#') {
				p = lineEnd(q);
				if (p < length) {
					p++;
				}
			} else {
				if (column(q) == 0 && (text.startsWith("---", q) || text.startsWith("...", q) || c == '%')) {
					throw unsupported();
				}
				pos = q;
				return;
			}
		}
		pos = p;
	}

	/** After a value on a line: only spaces and a comment may follow; then moves to the next content line. */
	private void endOfValueLine(int p) {
		int q = p;
		while (q < length && text.charAt(q) == ' ') {
			q++;
		}
		if (q < length && text.charAt(q) != '\n') {
			if (text.charAt(q) != '#' || q == p) {
				throw unsupported();
			}
		}
		valueLineEnd = lineEnd(q);
		pos = q;
		skipLines();
	}

	/**
	 * After a scalar written on the line of its key or dash (and {@link #endOfValueLine}): a following line indented
	 * more than {@code col} would continue it (or be an error), which this reader leaves to snakeyaml. A comment
	 * line indented more would end a plain scalar, but the reader stays on the safe side and declines it too.
	 */
	private void noContinuation(int col) {
		if (pos < length && column(pos) > col) {
			throw unsupported();
		}
		int stop = pos < length ? pos - column(pos) : length;
		for (int l = valueLineEnd + 1; l < stop; l = lineEnd(l) + 1) {
			int i = l;
			while (i < length && text.charAt(i) == ' ') {
				i++;
			}
			if (i < length && text.charAt(i) == '#' && i - l > col) {
				throw unsupported();
			}
		}
	}

	private boolean isDash(int p) {
		return text.charAt(p) == '-' && (p + 1 >= length || text.charAt(p + 1) == ' ' || text.charAt(p + 1) == '\n');
	}

	// ---- collections

	private void mapping(int col) throws DocumentException {
		builder.open(true, pos, false, null);
		while (true) {
			int colon = key();
			value(col, colon);
			if (pos >= length) {
				break;
			}
			int c = column(pos);
			if (c < col) {
				break;
			}
			if (c > col || isDash(pos)) {
				throw unsupported();
			}
		}
		builder.close(-1);
	}

	private void sequence(int col) throws DocumentException {
		builder.open(false, pos, false, null);
		while (true) {
			int p = pos + 1;
			if (p >= length || text.charAt(p) == '\n') {
				throw unsupported();
			}
			while (p < length && text.charAt(p) == ' ') {
				p++;
			}
			if (p >= length || text.charAt(p) == '\n' || text.charAt(p) == '#') {
				throw unsupported();
			}
			pos = p;
			if (isDash(p)) {
				sequence(column(p)); // "- - item": a sequence in a sequence
			} else if (isKeyLine(p)) {
				mapping(column(p));
			} else {
				inlineValue(col, false);
			}
			if (pos >= length) {
				break;
			}
			int c = column(pos);
			if (c < col || (c == col && !isDash(pos))) {
				break;
			}
			if (c > col) {
				throw unsupported();
			}
		}
		builder.close(-1);
	}

	/** Whether the line content at {@code p} starts with a key: a scalar followed by ':' and a space or line end. */
	private boolean isKeyLine(int p) {
		char c = text.charAt(p);
		int e = lineEnd(p);
		int after;
		if (c == '"' || c == '\'') {
			after = c == '"' ? closingDouble(p, e) : closingSingle(p, e);
			if (after < 0) {
				throw unsupported();
			}
			while (after < e && text.charAt(after) == ' ') {
				after++;
			}
			return after < e && text.charAt(after) == ':' && (after + 1 == e || text.charAt(after + 1) == ' ');
		}
		return plainKeyColon(p, e) >= 0;
	}

	/** The colon ending a plain key on the line [p, e), or -1. */
	private int plainKeyColon(int p, int e) {
		for (int i = p; i < e; i++) {
			char c = text.charAt(i);
			if (c == ':' && (i + 1 == e || text.charAt(i + 1) == ' ')) {
				return i;
			}
			if (c == '#' && i > p && text.charAt(i - 1) == ' ') {
				return -1;
			}
		}
		return -1;
	}

	/** Reads the key at {@link #pos}; returns the offset of its ':'. */
	private int key() {
		int p = pos;
		int e = lineEnd(p);
		char c = text.charAt(p);
		int colon;
		if (c == '"' || c == '\'') {
			int after = quoted(p, e);
			int i = after;
			while (i < e && text.charAt(i) == ' ') {
				i++;
			}
			if (i >= e || text.charAt(i) != ':' || (i + 1 < e && text.charAt(i + 1) != ' ')) {
				throw unsupported();
			}
			colon = i;
		} else {
			if (isIndicator(c) && !(c == '-' && !isDash(p))) {
				throw unsupported();
			}
			colon = plainKeyColon(p, e);
			if (colon < 0) {
				throw unsupported();
			}
			int end = colon;
			while (end > p && text.charAt(end - 1) == ' ') {
				end--;
			}
			if (end - p > 1000) {
				throw unsupported(); // snakeyaml limits simple keys to 1024 code points
			}
			plain(p, end, true);
		}
		pos = colon + 1;
		return colon;
	}

	/** The value of the key whose ':' is at {@code colon}, in a mapping at column {@code col}. */
	private void value(int col, int colon) throws DocumentException {
		int p = colon + 1;
		while (p < length && text.charAt(p) == ' ') {
			p++;
		}
		if (p >= length || text.charAt(p) == '\n' || (text.charAt(p) == '#' && p > colon + 1)) {
			pos = p;
			skipLines();
			if (pos < length) {
				int c = column(pos);
				if (c > col) {
					if (isDash(pos)) {
						openSequence(col, c);
					} else {
						mapping(c);
					}
					return;
				}
				if (c == col && isDash(pos)) {
					openSequence(col, c);
					return;
				}
			}
			// an empty value sits right after its key's ':' (as YamlReader places it)
			builder.add(new EagerScalar(colon + 1, colon + 1, ScalarType.NULL, ScalarStyle.PLAIN, builder.intern(""), null));
			return;
		}
		if (text.charAt(p) == '#') {
			throw unsupported();
		}
		pos = p;
		inlineValue(col, true);
	}

	private void openSequence(int keyCol, int seqCol) throws DocumentException {
		if (indentedSequences == null) {
			indentedSequences = seqCol > keyCol;
		}
		sequence(seqCol);
	}

	/** A value starting at {@link #pos} on the line of its key or dash; {@code col} is the parent's column. */
	private void inlineValue(int col, boolean inMapping) throws DocumentException {
		int p = pos;
		int e = lineEnd(p);
		char c = text.charAt(p);
		switch (c) {
			case '"', '\'' -> {
				int after = quoted(p, e);
				endOfValueLine(after);
				noContinuation(col);
			}
			case '|', '>' -> block(p, e, col, inMapping);
			case '{', '[' -> {
				if (p + 1 >= e || text.charAt(p + 1) != (c == '{' ? '}' : ']')) {
					throw unsupported();
				}
				builder.open(c == '{', p, true, null);
				builder.close(p + 2);
				endOfValueLine(p + 2);
				noContinuation(col);
			}
			default -> {
				if (isIndicator(c) && !(c == '-' && !isDash(p))) {
					throw unsupported();
				}
				int end = e;
				for (int i = p; i < e; i++) {
					char x = text.charAt(i);
					if (x == '#' && text.charAt(i - 1) == ' ') {
						end = i;
						break;
					}
					if (x == ':' && (i + 1 == e || text.charAt(i + 1) == ' ')) {
						throw unsupported();
					}
				}
				while (end > p && text.charAt(end - 1) == ' ') {
					end--;
				}
				plain(p, end, false);
				endOfValueLine(end);
				noContinuation(col);
			}
		}
	}

	private static boolean isIndicator(char c) {
		return switch (c) {
			case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
			default -> false;
		};
	}

	// ---- scalars

	private void plain(int start, int end, boolean key) {
		String value = key || end - start <= 24 ? builder.intern(text, start, end) : text.substring(start, end);
		builder.add(new EagerScalar(start, end, Scalars.resolvePlain(value), ScalarStyle.PLAIN, value, null));
	}

	/** Reads a quoted scalar starting at {@code p} and closed on its line (which ends at {@code e}); returns its end. */
	private int quoted(int p, int e) {
		boolean dbl = text.charAt(p) == '"';
		int after = dbl ? closingDouble(p, e) : closingSingle(p, e);
		if (after < 0) {
			throw unsupported();
		}
		String value = dbl ? unescapeDouble(p + 1, after - 1) : text.substring(p + 1, after - 1).replace("''", "'");
		if (dbl) {
			doubleQuoted++;
		} else {
			singleQuoted++;
		}
		boolean key = builder.expectsKey();
		if (key || value.length() <= 24) {
			value = builder.intern(value);
		}
		builder.add(new EagerScalar(p, after, ScalarType.STRING, dbl ? ScalarStyle.DOUBLE_QUOTED
				: ScalarStyle.SINGLE_QUOTED, value, null));
		return after;
	}

	/** The offset after the closing quote of a double-quoted scalar at {@code p}, or -1 when not on this line. */
	private int closingDouble(int p, int e) {
		for (int i = p + 1; i < e; i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				return i + 1;
			}
		}
		return -1;
	}

	private int closingSingle(int p, int e) {
		for (int i = p + 1; i < e; i++) {
			if (text.charAt(i) == '\'') {
				if (i + 1 < e && text.charAt(i + 1) == '\'') {
					i++;
				} else {
					return i + 1;
				}
			}
		}
		return -1;
	}

	private String unescapeDouble(int from, int to) {
		if (text.indexOf('\\', from) < 0 || text.indexOf('\\', from) >= to) {
			return text.substring(from, to);
		}
		StringBuilder sb = new StringBuilder(to - from);
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			char x = text.charAt(++i);
			switch (x) {
				case '"', '\\', '/' -> sb.append(x);
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'r' -> sb.append('\r');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case '0' -> sb.append('\0');
				case 'a' -> sb.append('\u0007');
				case 'v' -> sb.append('\u000B');
				case 'e' -> sb.append('\u001B');
				case ' ' -> sb.append(' ');
				case '_' -> sb.append('\u00A0');
				case 'N' -> sb.append('\u0085');
				case 'L' -> sb.append('\u2028');
				case 'P' -> sb.append('\u2029');
				case 'u' -> {
					if (i + 4 >= to) {
						throw unsupported();
					}
					int v = 0;
					for (int k = 1; k <= 4; k++) {
						int d = Character.digit(text.charAt(i + k), 16);
						if (d < 0) {
							throw unsupported();
						}
						v = v * 16 + d;
					}
					if (Character.isSurrogate((char) v)) {
						throw unsupported();
					}
					sb.append((char) v);
					i += 4;
				}
				default -> throw unsupported();
			}
		}
		return sb.toString();
	}

	/**
	 * A literal or folded block scalar whose indicator is at {@code p} (line end {@code e}), in a node at column
	 * {@code col}: clip or strip chomping, indentation detected from the first line, no leading blank lines, no
	 * more-indented folded lines.
	 */
	private void block(int p, int e, int col, boolean inMapping) {
		boolean literal = text.charAt(p) == '|';
		int h = p + 1;
		boolean strip = false;
		if (h < e && text.charAt(h) == '-') {
			strip = true;
			h++;
		}
		int explicit = 0;
		if (inMapping && literal && h < e && text.charAt(h) >= '1' && text.charAt(h) <= '9') {
			explicit = text.charAt(h) - '0'; // relative to the mapping's column
			h++;
		}
		while (h < e && text.charAt(h) == ' ') {
			h++;
		}
		if (h != e || e >= length) {
			throw unsupported(); // indentation indicator, keep chomping, a comment, or nothing after the header
		}
		int line = e + 1;
		int leading = 0;
		int widest = 0;
		int indent = 0;
		while (true) {
			indent = 0;
			while (line + indent < length && text.charAt(line + indent) == ' ') {
				indent++;
			}
			if (line + indent >= length) {
				throw unsupported();
			}
			if (text.charAt(line + indent) != '\n') {
				break;
			}
			leading++; // leading empty lines are line breaks of the value
			widest = Math.max(widest, indent);
			line += indent + 1;
		}
		if (explicit > 0) {
			if (indent < col + explicit) {
				throw unsupported();
			}
			indent = col + explicit;
		}
		if (indent <= col || widest > indent) {
			throw unsupported();
		}
		StringBuilder sb = new StringBuilder();
		sb.append("\n".repeat(leading));
		int blanks = 0;
		boolean first = true;
		int contentEnd = -1;
		int l = line;
		while (l < length) {
			int le = lineEnd(l);
			int i = l;
			while (i < le && text.charAt(i) == ' ') {
				i++;
			}
			if (i == le && (le - l <= indent || !literal)) {
				if (le - l > indent) {
					throw unsupported(); // spaces beyond the indentation of a folded scalar are content
				}
				blanks++;
			} else if (i - l < indent) {
				if (i - l > col) {
					throw unsupported();
				}
				break;
			} else {
				if (le >= length) {
					throw unsupported(); // last line without a line break: clip would not add one
				}
				if (first) {
					first = false;
				} else if (literal) {
					sb.append("\n".repeat(blanks + 1));
				} else {
					if (text.charAt(l + indent) == ' ') {
						throw unsupported();
					}
					sb.append(blanks == 0 ? " " : "\n".repeat(blanks));
				}
				if (!literal && text.charAt(l + indent) == ' ') {
					throw unsupported();
				}
				sb.append(text, l + indent, le);
				blanks = 0;
				contentEnd = le + 1;
			}
			l = le + 1;
		}
		if (!strip) {
			sb.append('\n');
		}
		int end = Math.min(l, length);
		while (end > p + 1 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (contentEnd < 0 || end > contentEnd) {
			throw unsupported();
		}
		builder.add(new EagerScalar(p, end, ScalarType.STRING, literal ? ScalarStyle.LITERAL : ScalarStyle.FOLDED,
				sb.length() <= 24 ? builder.intern(sb.toString()) : sb.toString(), null));
		pos = Math.min(l, length);
		if (pos < length) {
			skipLines();
		}
	}
}
