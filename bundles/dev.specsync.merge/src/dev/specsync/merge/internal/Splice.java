package dev.specsync.merge.internal;

import dev.specsync.document.AliasNode;
import dev.specsync.document.Node;
import dev.specsync.document.TextEdit;

/**
 * Copies content the merge takes from another side as that side's source text (quotes, scalar and collection
 * style, comments on and inside it), re-based to the indentation of the place it goes to and to ours' line
 * ending. Every method returns {@code null} when the text cannot be copied safely (another format, a value written
 * from plain data, aliases and anchors, entries that share a line); the caller then writes the value in ours'
 * style. Stateless.
 */
final class Splice {
	private Splice() {
	}

	/** Whether text of {@code from} may be copied into {@code ours}. */
	static boolean copyable(Version ours, Version from) {
		return from != null && !from.synthetic && from.json == ours.json;
	}

	/**
	 * Replaces ours' value {@code oursNode} with {@code target} of {@code from}: from after the ':' or '-' that
	 * introduces the value (so a block value and its line break come along) to the end of a comment on its last
	 * line. A comment on that last line comes along only when it differs from {@code baseComment} (the comment the
	 * base had there, or null): a comment only ours changed stays ours'.
	 */
	static TextEdit value(Version ours, Node oursNode, Node target, Version from, String baseComment) {
		if (!copyable(ours, from) || oursNode instanceof AliasNode || target instanceof AliasNode
				|| oursNode.anchor() != null || oursNode.tag() != null || target.anchor() != null) {
			return null;
		}
		int oLead = ours.json ? oursNode.start() : lead(ours.text, oursNode.start());
		int tLead = from.json ? target.start() : lead(from.text, target.start());
		if (ours.text.charAt(Math.max(oLead - 1, 0)) != from.text.charAt(Math.max(tLead - 1, 0))) {
			oLead = oursNode.start();
			tLead = target.start();
		}
		boolean comment = !ours.json && !java.util.Objects.equals(comment(from, target), baseComment);
		int oEnd = comment ? end(ours, oursNode) : oursNode.end();
		int tEnd = comment ? end(from, target) : target.end();
		String fragment = from.text.substring(tLead, tEnd);
		String copied = ours.json
				? rebaseJson(fragment, leadingWhitespace(from.text, lineStart(from.text, tLead)),
						leadingWhitespace(ours.text, lineStart(ours.text, oLead)), newline(ours))
				: shift(fragment, false, indentColumn(ours.text, oLead) - indentColumn(from.text, tLead), newline(ours));
		return new TextEdit(oLead, oEnd - oLead, copied);
	}

	/**
	 * The whole lines of a YAML block mapping entry of {@code from}, re-based to {@code column}; null unless the key
	 * starts its line.
	 */
	static String entryLines(Version ours, Node key, Node value, Version from, int column, Version base) {
		if (!copyable(ours, from) || from.json || key.anchor() != null || value instanceof AliasNode) {
			return null;
		}
		int start = lineStart(from.text, key.start());
		if (!from.text.substring(start, key.start()).isBlank()) {
			return null;
		}
		return lines(ours, from, comments(from, start, key.start() - start, base), value,
				column - (key.start() - start));
	}

	/** The whole lines of a YAML block sequence item of {@code from}, re-based to {@code dashColumn}; or null. */
	static String itemLines(Version ours, Node item, Version from, int dashColumn, Version base) {
		if (!copyable(ours, from) || from.json || item instanceof AliasNode) {
			return null;
		}
		int dash = item.start() - 1;
		while (dash >= 0 && from.text.charAt(dash) != '-') {
			dash--;
		}
		if (dash < 0 || !from.text.substring(dash + 1, item.start()).isBlank()) {
			return null;
		}
		int start = lineStart(from.text, dash);
		if (!from.text.substring(start, dash).isBlank()) {
			return null;
		}
		return lines(ours, from, comments(from, start, dash - start, base), item, dashColumn - (dash - start));
	}

	/**
	 * The text of a JSON or flow entry ({@code first} to {@code last}) of {@code from}, later lines re-based from
	 * the indentation of its first line to {@code indent} (JSON) or by the column difference (YAML).
	 */
	static String inline(Version ours, Node first, Node last, Version from, String indent) {
		if (!copyable(ours, from) || first.anchor() != null || last instanceof AliasNode) {
			return null;
		}
		String fragment = from.text.substring(first.start(), last.end());
		String theirs = leadingWhitespace(from.text, lineStart(from.text, first.start()));
		return ours.json ? rebaseJson(fragment, theirs, indent, newline(ours))
				: shift(fragment, false, indent.length() - theirs.length(), newline(ours));
	}

	/**
	 * The start of the comment lines right above the line at {@code start} at its {@code column} that the base
	 * does not have (they came with the new entry), else {@code start}.
	 */
	private static int comments(Version from, int start, int column, Version base) {
		int at = start;
		while (at > 0) {
			int prev = lineStart(from.text, at - 1);
			String line = from.text.substring(prev, at).stripTrailing();
			String comment = line.strip();
			if (!comment.startsWith("#") || line.length() - comment.length() != column //$NON-NLS-1$
					|| base != null && base.text.contains(comment)) {
				break;
			}
			at = prev;
		}
		return at;
	}

	private static String lines(Version ours, Version from, int start, Node last, int delta) {
		int end = end(from, last);
		int after = from.doc.lineStartOffsetAfter(end);
		String text = from.text.substring(start, Math.max(after, end));
		String nl = newline(ours);
		String out = shift(text, true, delta, nl);
		return out.endsWith(nl) ? out : out + nl;
	}

	/** Where a YAML value's text starts: right after the ':' or '-' before it, else at the node. */
	private static int lead(String text, int start) {
		int i = start - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		if (i >= 0 && (text.charAt(i) == ':' || text.charAt(i) == '-') && i + 1 < text.length()
				&& (i + 1 == start || Character.isWhitespace(text.charAt(i + 1)))) {
			return i + 1;
		}
		return start;
	}

	/** The end of a node's text, with a comment that follows it on its last line (YAML). */
	private static int end(Version v, Node n) {
		int e = n.end();
		if (v.json || e == 0 || v.text.charAt(e - 1) == '\n') {
			return e;
		}
		int i = e;
		while (i < v.text.length() && (v.text.charAt(i) == ' ' || v.text.charAt(i) == '\t')) {
			i++;
		}
		if (i < v.text.length() && v.text.charAt(i) == '#' && i > e) {
			while (i < v.text.length() && v.text.charAt(i) != '\n' && v.text.charAt(i) != '\r') {
				i++;
			}
			return i;
		}
		return e;
	}

	/** The comment after a node on its last line, or null (also for JSON and a null node). */
	static String comment(Version v, Node n) {
		if (v == null || n == null || v.json) {
			return null;
		}
		int e = end(v, n);
		return e == n.end() ? null : v.text.substring(n.end(), e).strip();
	}

	/** The column of the indentation of the line of {@code offset}, past any "- " markers of sequence items. */
	private static int indentColumn(String text, int offset) {
		int start = lineStart(text, offset);
		int i = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ' ') {
				i++;
			} else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i < offset) {
				i += 2;
			} else {
				break;
			}
		}
		return i - start;
	}

	/** Moves every line after the first (or every line) by {@code delta} columns; blank lines stay as they are. */
	private static String shift(String text, boolean firstToo, int delta, String nl) {
		String[] lines = text.split("\r\n|\r|\n", -1); //$NON-NLS-1$
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (i > 0) {
				sb.append(nl);
			}
			if ((i > 0 || firstToo) && !line.isBlank() && delta != 0) {
				if (delta > 0) {
					sb.append(" ".repeat(delta)); //$NON-NLS-1$
				} else {
					int cut = 0;
					while (cut < -delta && cut < line.length() && line.charAt(cut) == ' ') {
						cut++;
					}
					line = line.substring(cut);
				}
			}
			sb.append(line);
		}
		return sb.toString();
	}

	/** Replaces the indentation {@code from} at the start of every line after the first with {@code to}. */
	private static String rebaseJson(String text, String from, String to, String nl) {
		String[] lines = text.split("\r\n|\r|\n", -1); //$NON-NLS-1$
		StringBuilder sb = new StringBuilder(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			sb.append(nl).append(line.startsWith(from) ? to + line.substring(from.length()) : line);
		}
		return sb.toString();
	}

	static int lineStart(String text, int offset) {
		int i = Math.min(offset, text.length());
		while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
			i--;
		}
		return i;
	}

	static String leadingWhitespace(String text, int lineStart) {
		int i = lineStart;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(lineStart, i);
	}

	private static String newline(Version v) {
		return v.doc.style().lineEnding().text();
	}
}
