package dev.specsync.merge.cli.internal;

import java.util.List;
import java.util.Map;

/** Writes plain Java values (maps, lists, strings, numbers, booleans, null) as JSON. Stateless. */
final class Json {
	private Json() {
	}

	/**
	 * Writes a value.
	 *
	 * @param value the value
	 * @param indent one level of indentation, or {@code null} for one line
	 * @return the JSON text
	 */
	static String write(Object value, String indent) {
		StringBuilder sb = new StringBuilder();
		write(value, indent, "", sb); //$NON-NLS-1$
		return sb.toString();
	}

	private static void write(Object value, String indent, String current, StringBuilder sb) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				sb.append("{}"); //$NON-NLS-1$
				return;
			}
			String inner = indent == null ? null : current + indent;
			sb.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				if (inner != null) {
					sb.append('\n').append(inner);
				}
				quote(String.valueOf(e.getKey()), sb);
				sb.append(indent == null ? ":" : ": "); //$NON-NLS-1$ //$NON-NLS-2$
				write(e.getValue(), indent, inner, sb);
			}
			if (inner != null) {
				sb.append('\n').append(current);
			}
			sb.append('}');
		} else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				sb.append("[]"); //$NON-NLS-1$
				return;
			}
			String inner = indent == null ? null : current + indent;
			sb.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					sb.append(',');
				}
				if (inner != null) {
					sb.append('\n').append(inner);
				}
				write(list.get(i), indent, inner, sb);
			}
			if (inner != null) {
				sb.append('\n').append(current);
			}
			sb.append(']');
		} else if (value instanceof String s) {
			quote(s, sb);
		} else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
			quote(d.toString(), sb);
		} else {
			sb.append(value);
		}
	}

	/**
	 * Appends a JSON string literal.
	 *
	 * @param s the string
	 * @param sb where to append
	 */
	static void quote(String s, StringBuilder sb) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\""); //$NON-NLS-1$
			case '\\' -> sb.append("\\\\"); //$NON-NLS-1$
			case '\n' -> sb.append("\\n"); //$NON-NLS-1$
			case '\r' -> sb.append("\\r"); //$NON-NLS-1$
			case '\t' -> sb.append("\\t"); //$NON-NLS-1$
			case '\b' -> sb.append("\\b"); //$NON-NLS-1$
			case '\f' -> sb.append("\\f"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					sb.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
				} else {
					sb.append(c);
				}
			}
			}
		}
		sb.append('"');
	}
}
