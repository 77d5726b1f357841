package dev.specsync.document.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.specsync.document.ScalarType;
import dev.specsync.document.TextStyle;

/** Writes plain Java values (Map, List, String, Number, Boolean, null) as JSON or YAML text in a file's style. */
public final class Renderer {
	private final TextStyle style;
	private final String nl;
	private final String gap;

	/** @param gap what follows a comma in one-line JSON: {@code " "} or {@code ""} */
	public Renderer(TextStyle style, String gap) {
		this.style = style;
		this.nl = style.lineEnding().text();
		this.gap = gap;
	}

	/**
	 * The file's line break, used for every new line.
	 *
	 * @return {@code "\n"}, {@code "\r\n"} or {@code "\r"}
	 */
	public String newline() {
		return nl;
	}

	// ---------------------------------------------------------------- JSON

	/** JSON for {@code v}; nested lines start with {@code indent} + units when {@code multiline}. */
	public String json(Object v, String indent, boolean multiline) {
		StringBuilder sb = new StringBuilder();
		json(sb, v, indent, multiline);
		return sb.toString();
	}

	private void json(StringBuilder sb, Object v, String indent, boolean multiline) {
		if (v instanceof Map<?, ?> m) {
			if (m.isEmpty()) {
				sb.append("{}");
				return;
			}
			String inner = indent + style.indentUnit();
			sb.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : m.entrySet()) {
				sb.append(first ? "" : ",").append(multiline ? nl + inner : first ? "" : gap);
				sb.append(JsonStrings.quote(String.valueOf(e.getKey()))).append(style.keyValueSeparator());
				json(sb, e.getValue(), inner, multiline);
				first = false;
			}
			sb.append(multiline ? nl + indent : "").append('}');
		} else if (v instanceof List<?> l) {
			if (l.isEmpty()) {
				sb.append("[]");
				return;
			}
			String inner = indent + style.indentUnit();
			sb.append('[');
			for (int i = 0; i < l.size(); i++) {
				sb.append(i == 0 ? "" : ",").append(multiline ? nl + inner : i == 0 ? "" : gap);
				json(sb, l.get(i), inner, multiline);
			}
			sb.append(multiline ? nl + indent : "").append(']');
		} else {
			sb.append(jsonScalar(v));
		}
	}

	private static String jsonScalar(Object v) {
		if (v == null) {
			return "null";
		}
		if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
				|| v instanceof Byte || v instanceof java.math.BigInteger) {
			return v.toString();
		}
		if (v instanceof Number n) {
			double d = n.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new IllegalArgumentException("JSON cannot represent " + v);
			}
			return n instanceof BigDecimal b ? b.toString() : n.toString();
		}
		if (v instanceof CharSequence s) {
			return JsonStrings.quote(s.toString());
		}
		throw new IllegalArgumentException("unsupported value type " + v.getClass().getName());
	}

	// ---------------------------------------------------------------- YAML

	/**
	 * Whether a value renders as a scalar.
	 *
	 * @param v a plain Java value
	 * @return {@code false} for a {@code Map} or {@code List}, {@code true} otherwise
	 */
	public static boolean isScalar(Object v) {
		return !(v instanceof Map<?, ?>) && !(v instanceof List<?>);
	}

	/**
	 * Whether a value is an empty {@code Map} or {@code List}, which YAML can only write in flow style.
	 *
	 * @param v a plain Java value
	 * @return {@code true} for {@code {}} and {@code []}
	 */
	public static boolean isEmptyCollection(Object v) {
		return (v instanceof Map<?, ?> m && m.isEmpty()) || (v instanceof List<?> l && l.isEmpty());
	}

	/** A YAML scalar; {@code quote} is used when the value cannot be plain ({@code 0} = file preference). */
	public String yamlScalar(Object v, char quote, boolean inFlow) {
		if (v == null) {
			return "null";
		}
		if (v instanceof Boolean) {
			return v.toString();
		}
		if (v instanceof Number n) {
			double d = n.doubleValue();
			if (Double.isNaN(d)) {
				return ".nan";
			}
			if (Double.isInfinite(d)) {
				return d > 0 ? ".inf" : "-.inf";
			}
			return n instanceof BigDecimal b ? b.toString() : n.toString();
		}
		if (!(v instanceof CharSequence)) {
			throw new IllegalArgumentException("unsupported value type " + v.getClass().getName());
		}
		String s = v.toString();
		if (quote == 0 && plainSafe(s, inFlow)) {
			return s;
		}
		char q = quote == 0 ? style.preferredQuote() : quote;
		if (q == '\'' && s.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
			return "'" + s.replace("'", "''") + "'";
		}
		return JsonStrings.quote(s);
	}

	static boolean plainSafe(String s, boolean inFlow) {
		if (s.isEmpty() || Scalars.resolvePlain(s) != ScalarType.STRING) {
			return false;
		}
		switch (s.toLowerCase(java.util.Locale.ROOT)) {
			case "y", "n", "yes", "no", "on", "off" -> {
				return false;
			}
			default -> {
			}
		}
		char first = s.charAt(0);
		if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || Character.isWhitespace(first)
				|| Character.isWhitespace(s.charAt(s.length() - 1)) || s.endsWith(":")) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c == 0x7f || c == '\uFEFF') {
				return false;
			}
			if (inFlow && ",[]{}".indexOf(c) >= 0) {
				return false;
			}
		}
		return !s.contains(": ") && !s.contains(" #");
	}

	/** YAML flow text ({@code {a: 1}}, {@code [1, 2]} or a scalar). */
	public String yamlFlow(Object v, char quote) {
		if (v instanceof Map<?, ?> m) {
			StringBuilder sb = new StringBuilder("{");
			for (Map.Entry<?, ?> e : m.entrySet()) {
				sb.append(sb.length() > 1 ? ", " : "").append(yamlScalar(String.valueOf(e.getKey()), quote, true))
						.append(": ").append(yamlFlow(e.getValue(), quote));
			}
			return sb.append('}').toString();
		}
		if (v instanceof List<?> l) {
			StringBuilder sb = new StringBuilder("[");
			for (Object o : l) {
				sb.append(sb.length() > 1 ? ", " : "").append(yamlFlow(o, quote));
			}
			return sb.append(']').toString();
		}
		return yamlScalar(v, quote, true);
	}

	/** Block lines of a non-empty map or list, each starting with {@code indent}, each ending with a newline. */
	public String yamlBlock(Object v, String indent) {
		StringBuilder sb = new StringBuilder();
		block(sb, v, indent);
		return sb.toString();
	}

	/** Block lines for one mapping entry {@code key: value} at {@code indent}. */
	public String yamlEntry(String key, Object value, String indent) {
		StringBuilder sb = new StringBuilder();
		entry(sb, key, value, indent);
		return sb.toString();
	}

	/** Block lines for one sequence item {@code - value} with the dash at {@code indent}. */
	public String yamlItem(Object value, String indent) {
		StringBuilder sb = new StringBuilder();
		item(sb, value, indent);
		return sb.toString();
	}

	/** Text after a key's {@code :}: {@code " scalar"} or a newline followed by the nested block. */
	public String yamlAfterColon(Object value, String keyIndent) {
		if (isScalar(value) || isEmptyCollection(value)) {
			return " " + (isScalar(value) ? yamlScalar(value, (char) 0, false) : yamlFlow(value, (char) 0));
		}
		String inner = value instanceof List<?> && !style.indentedSequences() ? keyIndent : keyIndent + style.indentUnit();
		String block = yamlBlock(value, inner);
		return nl + block.substring(0, block.length() - nl.length());
	}

	/** Text after a sequence dash: {@code " scalar"} or a block whose first line continues the dash line. */
	public String yamlAfterDash(Object value, String dashIndent) {
		if (isScalar(value) || isEmptyCollection(value)) {
			return " " + (isScalar(value) ? yamlScalar(value, (char) 0, false) : yamlFlow(value, (char) 0));
		}
		String item = yamlItem(value, dashIndent);
		return item.substring(dashIndent.length() + 1, item.length() - nl.length());
	}

	private void block(StringBuilder sb, Object v, String indent) {
		if (v instanceof Map<?, ?> m) {
			for (Map.Entry<?, ?> e : m.entrySet()) {
				entry(sb, String.valueOf(e.getKey()), e.getValue(), indent);
			}
		} else if (v instanceof List<?> l) {
			for (Object o : l) {
				item(sb, o, indent);
			}
		} else {
			sb.append(indent).append(yamlScalar(v, (char) 0, false)).append(nl);
		}
	}

	private void entry(StringBuilder sb, String key, Object value, String indent) {
		sb.append(indent).append(yamlScalar(key, (char) 0, false)).append(':')
				.append(yamlAfterColon(value, indent)).append(nl);
	}

	private void item(StringBuilder sb, Object value, String indent) {
		if (isScalar(value) || isEmptyCollection(value)) {
			sb.append(indent).append('-').append(yamlAfterDash(value, indent)).append(nl);
			return;
		}
		String inner = indent + "  ";
		String body = yamlBlock(value, inner);
		sb.append(indent).append("- ").append(body, inner.length(), body.length());
	}
}
