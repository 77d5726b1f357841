package dev.specsync.document.internal;

import java.util.ArrayDeque;

import dev.specsync.document.Format;
import dev.specsync.document.LineEnding;
import dev.specsync.document.MappingNode;
import dev.specsync.document.Node;
import dev.specsync.document.SequenceNode;
import dev.specsync.document.TextStyle;

/** Detects the formatting conventions of a loaded file. */
public final class StyleDetector {
	private static final int MAX_LINES_SAMPLED = 50_000;

	private StyleDetector() {
	}

	/**
	 * Detects the style of a parsed text. The indentation unit is taken from at most the first 50,000 lines.
	 *
	 * @param text the text
	 * @param bom whether the bytes started with a UTF-8 byte order mark
	 * @param lines the text's line index (line break counts)
	 * @param format JSON or YAML
	 * @param root the parsed root node
	 * @param preferredQuote the YAML quote the reader saw most; ignored for JSON, whose quote is {@code "}
	 * @param indentedSequences whether YAML block sequences under a key are indented
	 * @return the detected style
	 */
	public static TextStyle detect(String text, boolean bom, LineIndex lines, Format format, Node root,
								   char preferredQuote, boolean indentedSequences) {
		LineEnding ending = LineEnding.LF;
		int best = lines.lf;
		if (lines.crlf > best) {
			ending = LineEnding.CRLF;
			best = lines.crlf;
		}
		if (lines.cr > best) {
			ending = LineEnding.CR;
		}
		int kinds = (lines.lf > 0 ? 1 : 0) + (lines.crlf > 0 ? 1 : 0) + (lines.cr > 0 ? 1 : 0);
		boolean trailing = !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
		String separator = format == Format.JSON ? jsonSeparator(text, root) : ": ";
		return new TextStyle(bom, ending, kinds > 1, trailing, indentUnit(text, lines), separator,
				format == Format.JSON ? '"' : preferredQuote, indentedSequences);
	}

	static String indentUnit(String text, LineIndex lines) {
		int[] histogram = new int[17];
		int tabs = 0;
		int previous = 0;
		int n = Math.min(lines.lineCount(), MAX_LINES_SAMPLED);
		for (int line = 0; line < n; line++) {
			int s = lines.lineStart(line);
			int e = lines.lineEnd(line, text);
			int i = s;
			while (i < e && text.charAt(i) == ' ') {
				i++;
			}
			if (i < e && text.charAt(i) == '\t') {
				tabs++;
				continue;
			}
			if (i == e || text.charAt(i) == '#') {
				continue;
			}
			int indent = i - s;
			int delta = indent - previous;
			if (delta > 0 && delta < histogram.length) {
				histogram[delta]++;
			}
			previous = indent;
		}
		int unit = 2;
		int count = 0;
		for (int d = 1; d < histogram.length; d++) {
			if (histogram[d] > count) {
				count = histogram[d];
				unit = d;
			}
		}
		return tabs > count ? "\t" : " ".repeat(unit);
	}

	private static String jsonSeparator(String text, Node root) {
		ArrayDeque<Node> queue = new ArrayDeque<>();
		queue.add(root);
		int visited = 0;
		while (!queue.isEmpty() && visited++ < 10_000) {
			Node n = queue.poll();
			if (n instanceof MappingNode m) {
				for (int i = 0; i < m.size(); i++) {
					String between = text.substring(m.key(i).end(), m.value(i).start());
					if (between.indexOf('\n') < 0 && between.indexOf('\r') < 0) {
						return between;
					}
					queue.add(m.value(i));
				}
			} else if (n instanceof SequenceNode s) {
				queue.addAll(s.items());
			}
		}
		return ": ";
	}
}
