package dev.specsync.document.internal;

/** JSON string escaping and unescaping. */
public final class JsonStrings {
	private JsonStrings() {
	}

	/** Decodes the body of a JSON string literal (between the quotes); the input was validated by the scanner. */
	static String unescape(String s, int from, int to) {
		StringBuilder sb = new StringBuilder(to - from);
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			char e = s.charAt(++i);
			switch (e) {
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'n' -> sb.append('\n');
				case 'r' -> sb.append('\r');
				case 't' -> sb.append('\t');
				case 'u' -> {
					sb.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
					i += 4;
				}
				default -> sb.append(e);
			}
		}
		return sb.toString();
	}

	/** A JSON string literal (with quotes) for {@code value}; non-ASCII characters are kept as they are. */
	public static String quote(String value) {
		StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				case '\b' -> sb.append("\\b");
				case '\f' -> sb.append("\\f");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						sb.append(String.format("\\u%04x", (int) c));
					} else {
						sb.append(c);
					}
				}
			}
		}
		return sb.append('"').toString();
	}
}
