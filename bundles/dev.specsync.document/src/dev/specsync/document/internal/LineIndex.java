package dev.specsync.document.internal;

import java.util.Arrays;

import dev.specsync.document.Position;

/**
 * Start offsets of all lines of a text (line breaks: LF, CRLF, lone CR), with counts of each break kind.
 * Offset to line/column is a binary search.
 */
public final class LineIndex {
	private final int[] lineStarts;
	private final int lineCount;
	private final int length;
	/** Number of LF line breaks (not counting the LF of a CRLF). */
	final int lf;
	/** Number of CRLF line breaks. */
	final int crlf;
	/** Number of lone CR line breaks. */
	final int cr;

	/**
	 * Indexes a text in one pass.
	 *
	 * @param text the decoded file text
	 */
	public LineIndex(String text) {
		int n = text.length();
		int[] starts = new int[Math.max(16, n / 40)];
		int count = 1;
		int lfs = 0;
		int crlfs = 0;
		int crs = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c > '\r') {
				continue;
			}
			if (c == '\n') {
				lfs++;
			} else if (c == '\r') {
				if (i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
					crlfs++;
				} else {
					crs++;
				}
			} else {
				continue;
			}
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = i + 1;
		}
		this.lineStarts = starts;
		this.lineCount = count;
		this.length = n;
		this.lf = lfs;
		this.crlf = crlfs;
		this.cr = crs;
	}

	/**
	 * Line breaks plus one.
	 *
	 * @return at least 1
	 */
	public int lineCount() {
		return lineCount;
	}

	/** 0-based line containing {@code offset}. */
	public int lineOf(int offset) {
		int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
		return i >= 0 ? i : -i - 2;
	}

	/** Offset of the first char of 0-based {@code line}. */
	public int lineStart(int line) {
		return lineStarts[line];
	}

	/** Offset of the line break ending 0-based {@code line} (or the text length for the last line). */
	public int lineEnd(int line, String text) {
		int e = line + 1 < lineCount ? lineStarts[line + 1] : length;
		while (e > lineStarts[line] && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
			e--;
		}
		return e;
	}

	/** Offset just after the line break of 0-based {@code line} (the text length for the last line). */
	public int nextLineStart(int line) {
		return line + 1 < lineCount ? lineStarts[line + 1] : length;
	}

	/**
	 * Line and column (both 1-based) of a char offset.
	 *
	 * @param offset an offset in {@code [0, text length]}
	 * @return the position
	 */
	public Position position(int offset) {
		if (offset < 0 || offset > length) {
			throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
		}
		int line = lineOf(offset);
		return new Position(offset, line + 1, offset - lineStarts[line] + 1);
	}
}
