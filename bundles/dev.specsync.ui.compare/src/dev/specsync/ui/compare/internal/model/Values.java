package dev.specsync.ui.compare.internal.model;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.Nodes;
import dev.specsync.document.SourceDocument;

/**
 * A conflict's values as short text for people (one line, JSON syntax) and back: what the Edit Value dialog shows
 * and reads. Stateless.
 */
public final class Values {

	private Values() {
	}

	/**
	 * A value as one line of JSON.
	 *
	 * @param value plain Java: maps, lists, strings, numbers, booleans or {@code null}
	 * @return the JSON text
	 */
	public static String toJson(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value instanceof Map<?, ?> map) {
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> e = entries.next();
				string(String.valueOf(e.getKey()), out);
				out.append(": "); //$NON-NLS-1$
				write(e.getValue(), out);
				if (entries.hasNext()) {
					out.append(", "); //$NON-NLS-1$
				}
			}
			out.append('}');
		} else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(", "); //$NON-NLS-1$
				}
				write(list.get(i), out);
			}
			out.append(']');
		} else if (value instanceof String s) {
			string(s, out);
		} else {
			out.append(value);
		}
	}

	private static void string(String s, StringBuilder out) {
		out.append('"');
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> out.append(c);
			}
		}
		out.append('"');
	}

	/**
	 * Reads a value typed by the user, as JSON or YAML.
	 *
	 * @param text the text
	 * @return the value as plain Java
	 * @throws DocumentException when the text is not a value; its first diagnostic says why
	 */
	public static Object parse(String text) throws DocumentException {
		return Nodes.toJava(SourceDocument.parse("value", text, Format.YAML, LoadOptions.defaults()).root()); //$NON-NLS-1$
	}
}
