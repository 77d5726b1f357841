package dev.specsync.document.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Severity;

/** Strict UTF-8 decoding that reports the line and column of the first invalid byte. */
public final class Utf8 {
	private Utf8() {
	}

	/**
	 * Whether the bytes start with the UTF-8 byte order mark {@code EF BB BF}.
	 *
	 * @param b file content
	 * @return {@code true} when the first three bytes are the BOM
	 */
	public static boolean hasBom(byte[] b) {
		return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
	}

	/** Decodes {@code bytes} after the optional BOM; rejects malformed or unmappable input. */
	public static String decode(byte[] bytes, String path) throws DocumentException {
		int from = hasBom(bytes) ? 3 : 0;
		if (from == 0 && bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF)
				&& ((bytes[1] & 0xff) == 0xFF || (bytes[1] & 0xff) == 0xFE)) {
			throw new DocumentException(new Diagnostic(Severity.ERROR, path, 1, 1,
					"file is encoded as UTF-16, only UTF-8 is supported", "save the file as UTF-8"));
		}
		if (isAscii(bytes, from)) {
			return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
		}
		// The String constructor is the JDK's fastest decoder but replaces malformed input with U+FFFD instead of
		// failing; a text without U+FFFD was valid. Texts with it (rare: the character may also be written
		// literally) are decoded again strictly, which finds the first invalid byte if there is one.
		String fast = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
		if (fast.indexOf('\uFFFD') < 0) {
			return fast;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
		CharBuffer out = CharBuffer.allocate(bytes.length - from);
		CoderResult r = decoder.decode(in, out, true);
		if (!r.isError()) {
			r = decoder.flush(out);
		}
		if (r.isError()) {
			throw invalid(bytes, from, in.position(), path);
		}
		out.flip();
		return out.toString();
	}

	private static boolean isAscii(byte[] b, int from) {
		for (int i = from; i < b.length; i++) {
			if (b[i] < 0) {
				return false;
			}
		}
		return true;
	}

	private static DocumentException invalid(byte[] b, int from, int bad, String path) {
		int line = 1;
		int lineStart = from;
		for (int i = from; i < bad; i++) {
			if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
				line++;
				lineStart = i + 1;
			}
		}
		int column = 1;
		for (int i = lineStart; i < bad; i++) {
			int v = b[i] & 0xff;
			if (v < 0x80 || v >= 0xC0) {
				column += v >= 0xF0 ? 2 : 1;
			}
		}
		return new DocumentException(new Diagnostic(Severity.ERROR, path, line, column,
				String.format("invalid UTF-8: byte 0x%02X at byte offset %d", b[bad] & 0xff, bad),
				"the file must be UTF-8; re-save it as UTF-8 (it may be Latin-1 or Windows-1252)"));
	}
}
