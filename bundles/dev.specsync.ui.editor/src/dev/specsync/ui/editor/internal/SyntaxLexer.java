package dev.specsync.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits JSON or YAML text into coloured tokens. Works on a range of whole lines and needs no state from
 * earlier lines except for YAML block scalars ({@code |} and {@code >}), which {@link #startsInBlockScalar}
 * finds by looking back. Fast and forgiving: text that is not valid still gets colours. The compare view
 * colours its texts with it too (a friend of this internal package).
 */
public final class SyntaxLexer {

	/**
	 * One coloured stretch of text.
	 *
	 * @param offset where it starts in the text
	 * @param length how long it is
	 * @param kind what it is
	 */
	public record Token(int offset, int length, TokenKind kind) {
	}

	private static final Pattern NUMBER = Pattern
			.compile("[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\\.inf|\\.Inf|\\.nan|\\.NaN)"); //$NON-NLS-1$
	private static final Pattern KEYWORD = Pattern.compile("true|false|null|True|False|Null|TRUE|FALSE|NULL|~"); //$NON-NLS-1$
	private static final Pattern BLOCK_INDICATOR = Pattern.compile("[|>][-+0-9]*"); //$NON-NLS-1$
	private static final String REF = "$ref"; //$NON-NLS-1$

	private final CharSequence text;
	private final List<Token> tokens = new ArrayList<>();

	private SyntaxLexer(CharSequence text) {
		this.text = text;
	}

	/**
	 * The tokens of whole lines of a JSON text.
	 *
	 * @param text the text
	 * @param start where to start (a line start)
	 * @param end where to stop
	 * @return the tokens in order
	 */
	public static List<Token> json(CharSequence text, int start, int end) {
		SyntaxLexer lexer = new SyntaxLexer(text);
		lexer.lexJson(start, end);
		return lexer.tokens;
	}

	/**
	 * The tokens of whole lines of a YAML text.
	 *
	 * @param text the text
	 * @param start where to start (a line start)
	 * @param end where to stop
	 * @param blockIndent when {@code start} is inside a block scalar, the indentation of the line that opened it;
	 *        else -1
	 * @return the tokens in order
	 */
	public static List<Token> yaml(CharSequence text, int start, int end, int blockIndent) {
		SyntaxLexer lexer = new SyntaxLexer(text);
		lexer.lexYaml(start, end, blockIndent);
		return lexer.tokens;
	}

	private void add(int offset, int length, TokenKind kind) {
		if (length > 0) {
			tokens.add(new Token(offset, length, kind));
		}
	}

	// ---------------------------------------------------------------- JSON

	private void lexJson(int start, int end) {
		int i = start;
		boolean refValue = false;
		while (i < end) {
			char c = text.charAt(i);
			if (c == '"') {
				int close = stringEnd(i, end, '"');
				int after = skipSpaces(close, end);
				if (after < end && text.charAt(after) == ':') {
					add(i, close - i, TokenKind.KEY);
					refValue = REF.contentEquals(text.subSequence(i + 1, Math.max(i + 1, close - 1)));
				} else {
					add(i, close - i, refValue ? TokenKind.REF : TokenKind.STRING);
					refValue = false;
				}
				i = close;
			} else if (c == '-' || Character.isDigit(c)) {
				int j = i + 1;
				while (j < end && "0123456789.eE+-".indexOf(text.charAt(j)) >= 0) { //$NON-NLS-1$
					j++;
				}
				add(i, j - i, TokenKind.NUMBER);
				refValue = false;
				i = j;
			} else if (Character.isLetter(c)) {
				int j = i + 1;
				while (j < end && Character.isLetter(text.charAt(j))) {
					j++;
				}
				add(i, j - i, TokenKind.KEYWORD);
				refValue = false;
				i = j;
			} else if ("{}[],:".indexOf(c) >= 0) { //$NON-NLS-1$
				add(i, 1, TokenKind.PUNCTUATION);
				i++;
			} else {
				i++;
			}
		}
	}

	/** The offset after the closing quote of a string starting at {@code open}, or the line's end. */
	private int stringEnd(int open, int end, char quote) {
		int i = open + 1;
		while (i < end) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
			if (quote == '"' && c == '\\') {
				i += 2;
				continue;
			}
			if (c == quote) {
				if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
					i += 2; // '' is an escaped quote in YAML
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return Math.min(i, end);
	}

	private int skipSpaces(int i, int end) {
		while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	// ---------------------------------------------------------------- YAML

	private void lexYaml(int start, int end, int initialBlockIndent) {
		int blockIndent = initialBlockIndent;
		int line = start;
		while (line < end) {
			int lineEnd = lineEnd(line, end);
			int indent = indentation(line, lineEnd);
			boolean blank = indent == lineEnd - line;
			if (blockIndent >= 0 && (blank || indent - line > blockIndent)) {
				add(line + (indent - line), lineEnd - indent, TokenKind.STRING);
			} else {
				blockIndent = lexYamlLine(line, indent, lineEnd);
			}
			line = nextLine(lineEnd, end);
		}
	}

	/** Lexes one line; returns the line's indentation when it opens a block scalar, else -1. */
	private int lexYamlLine(int lineStart, int first, int lineEnd) {
		int i = first;
		if (i >= lineEnd) {
			return -1;
		}
		if (text.charAt(i) == '#') {
			add(i, lineEnd - i, TokenKind.COMMENT);
			return -1;
		}
		if (startsWith(i, "---") || startsWith(i, "...")) { //$NON-NLS-1$ //$NON-NLS-2$
			add(i, 3, TokenKind.PUNCTUATION);
			i += 3;
		}
		while (i < lineEnd && text.charAt(i) == '-' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
			add(i, 1, TokenKind.PUNCTUATION);
			i = skipSpaces(i + 1, lineEnd);
		}
		boolean refValue = false;
		int keyEnd = keyEnd(i, lineEnd);
		if (keyEnd > 0) {
			add(i, keyEnd - i, TokenKind.KEY);
			String key = text.subSequence(i, keyEnd).toString();
			refValue = REF.equals(key) || "'$ref'".equals(key) || "\"$ref\"".equals(key); //$NON-NLS-1$ //$NON-NLS-2$
			int colon = skipSpaces(keyEnd, lineEnd);
			add(colon, 1, TokenKind.PUNCTUATION);
			i = skipSpaces(colon + 1, lineEnd);
		}
		return lexYamlValue(lineStart, i, lineEnd, refValue);
	}

	/** The end of a mapping key at {@code i} (followed by {@code :} and a space or the line end), or -1. */
	private int keyEnd(int i, int lineEnd) {
		if (i >= lineEnd) {
			return -1;
		}
		char c = text.charAt(i);
		if (c == '"' || c == '\'') {
			int close = stringEnd(i, lineEnd, c);
			int colon = skipSpaces(close, lineEnd);
			return colon < lineEnd && text.charAt(colon) == ':' && (colon + 1 == lineEnd || isSpace(text.charAt(colon + 1)))
					? close : -1;
		}
		if ("[{#&*!|>%@`".indexOf(c) >= 0) { //$NON-NLS-1$
			return -1;
		}
		for (int j = i; j < lineEnd; j++) {
			char d = text.charAt(j);
			if (d == ':' && (j + 1 == lineEnd || isSpace(text.charAt(j + 1)))) {
				int k = j;
				while (k > i && isSpace(text.charAt(k - 1))) {
					k--;
				}
				return k;
			}
			if (d == '#' && j > i && isSpace(text.charAt(j - 1))) {
				return -1;
			}
		}
		return -1;
	}

	private int lexYamlValue(int lineStart, int i, int lineEnd, boolean refValue) {
		if (i >= lineEnd) {
			return -1;
		}
		char c = text.charAt(i);
		while (c == '&' || c == '!') { // anchor or tag before the value
			int j = i;
			while (j < lineEnd && !isSpace(text.charAt(j))) {
				j++;
			}
			add(i, j - i, TokenKind.ANCHOR);
			i = skipSpaces(j, lineEnd);
			if (i >= lineEnd) {
				return -1;
			}
			c = text.charAt(i);
		}
		if (c == '#') {
			add(i, lineEnd - i, TokenKind.COMMENT);
			return -1;
		}
		if (c == '*') {
			int j = i;
			while (j < lineEnd && !isSpace(text.charAt(j))) {
				j++;
			}
			add(i, j - i, TokenKind.ANCHOR);
			comment(j, lineEnd);
			return -1;
		}
		if (c == '"' || c == '\'') {
			int close = stringEnd(i, lineEnd, c);
			add(i, close - i, refValue ? TokenKind.REF : TokenKind.STRING);
			comment(close, lineEnd);
			return -1;
		}
		if (c == '[' || c == '{') {
			flow(i, lineEnd);
			return -1;
		}
		if (c == '|' || c == '>') {
			int j = i + 1;
			while (j < lineEnd && !isSpace(text.charAt(j))) {
				j++;
			}
			if (BLOCK_INDICATOR.matcher(text.subSequence(i, j)).matches()) {
				add(i, j - i, TokenKind.PUNCTUATION);
				comment(j, lineEnd);
				return indentation(lineStart, lineEnd) - lineStart;
			}
		}
		int valueEnd = plainEnd(i, lineEnd);
		String value = text.subSequence(i, valueEnd).toString();
		TokenKind kind = refValue ? TokenKind.REF
				: NUMBER.matcher(value).matches() ? TokenKind.NUMBER
						: KEYWORD.matcher(value).matches() ? TokenKind.KEYWORD : TokenKind.PLAIN;
		add(i, valueEnd - i, kind);
		comment(valueEnd, lineEnd);
		return -1;
	}

	/** A flow collection on one line: {@code [a, b]} or {@code {a: 1}}. */
	private void flow(int i, int lineEnd) {
		while (i < lineEnd) {
			char c = text.charAt(i);
			if ("[]{},:".indexOf(c) >= 0) { //$NON-NLS-1$
				add(i, 1, TokenKind.PUNCTUATION);
				i++;
			} else if (c == '"' || c == '\'') {
				int close = stringEnd(i, lineEnd, c);
				add(i, close - i, TokenKind.STRING);
				i = close;
			} else if (c == '#' && i > 0 && isSpace(text.charAt(i - 1))) {
				add(i, lineEnd - i, TokenKind.COMMENT);
				return;
			} else if (isSpace(c)) {
				i++;
			} else {
				int j = i;
				while (j < lineEnd && "[]{},".indexOf(text.charAt(j)) < 0 //$NON-NLS-1$
						&& !(text.charAt(j) == ':' && (j + 1 == lineEnd || isSpace(text.charAt(j + 1))))) {
					j++;
				}
				int k = j;
				while (k > i && isSpace(text.charAt(k - 1))) {
					k--;
				}
				String value = text.subSequence(i, k).toString();
				boolean key = j < lineEnd && text.charAt(j) == ':';
				add(i, k - i, key ? TokenKind.KEY
						: NUMBER.matcher(value).matches() ? TokenKind.NUMBER
								: KEYWORD.matcher(value).matches() ? TokenKind.KEYWORD : TokenKind.PLAIN);
				i = j;
			}
		}
	}

	/** The end of a plain scalar: before a {@code #} comment and trailing spaces. */
	private int plainEnd(int i, int lineEnd) {
		int j = i;
		while (j < lineEnd && !(text.charAt(j) == '#' && j > i && isSpace(text.charAt(j - 1)))) {
			j++;
		}
		while (j > i && isSpace(text.charAt(j - 1))) {
			j--;
		}
		return j;
	}

	private void comment(int i, int lineEnd) {
		int j = skipSpaces(i, lineEnd);
		if (j < lineEnd && text.charAt(j) == '#') {
			add(j, lineEnd - j, TokenKind.COMMENT);
		}
	}

	private boolean startsWith(int i, String prefix) {
		if (i + prefix.length() > text.length()) {
			return false;
		}
		for (int k = 0; k < prefix.length(); k++) {
			if (text.charAt(i + k) != prefix.charAt(k)) {
				return false;
			}
		}
		int after = i + prefix.length();
		return after == text.length() || isSpace(text.charAt(after)) || text.charAt(after) == '\n' || text.charAt(after) == '\r';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t';
	}

	private int lineEnd(int i, int end) {
		while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
			i++;
		}
		return i;
	}

	private int nextLine(int lineEnd, int end) {
		int i = lineEnd;
		if (i < end && text.charAt(i) == '\r') {
			i++;
		}
		if (i < end && text.charAt(i) == '\n') {
			i++;
		}
		return i == lineEnd ? end : i;
	}

	private int indentation(int line, int lineEnd) {
		int i = line;
		while (i < lineEnd && text.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	/**
	 * Whether a line is inside a YAML block scalar, looking back at most a few hundred lines.
	 *
	 * @param text the text
	 * @param lineStart the start of a line
	 * @return the indentation of the line that opened the block scalar, or -1 when not in one
	 */
	static int startsInBlockScalar(CharSequence text, int lineStart) {
		SyntaxLexer lexer = new SyntaxLexer(text);
		int own = -1;
		int line = lineStart;
		for (int steps = 0; steps < 500 && line > 0; steps++) {
			int previousEnd = line - 1;
			if (previousEnd > 0 && text.charAt(previousEnd) == '\n' && text.charAt(previousEnd - 1) == '\r') {
				previousEnd--;
			}
			int previous = previousEnd;
			while (previous > 0 && text.charAt(previous - 1) != '\n' && text.charAt(previous - 1) != '\r') {
				previous--;
			}
			if (own < 0) {
				int lineEnd = lexer.lineEnd(lineStart, text.length());
				int indent = lexer.indentation(lineStart, lineEnd) - lineStart;
				own = indent == lineEnd - lineStart ? Integer.MAX_VALUE : indent;
			}
			int indent = lexer.indentation(previous, previousEnd) - previous;
			boolean blank = indent == previousEnd - previous;
			if (!blank && indent < own) {
				String content = text.subSequence(previous + indent, previousEnd).toString();
				int hash = content.indexOf(" #"); //$NON-NLS-1$
				String code = (hash >= 0 ? content.substring(0, hash) : content).strip();
				int space = code.lastIndexOf(' ');
				String last = space >= 0 ? code.substring(space + 1) : code;
				if (BLOCK_INDICATOR.matcher(last).matches() && (code.endsWith(": " + last) || code.equals(last) //$NON-NLS-1$
						|| code.endsWith("- " + last))) { //$NON-NLS-1$
					return indent;
				}
				return -1;
			}
			line = previous;
		}
		return -1;
	}
}
