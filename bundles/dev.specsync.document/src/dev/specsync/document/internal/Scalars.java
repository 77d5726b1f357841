package dev.specsync.document.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import dev.specsync.document.ScalarType;

/** YAML 1.2 core schema resolution and conversion of scalar text to Java values. */
final class Scalars {
	private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
	private static final Pattern FLOAT = Pattern.compile(
			"[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

	private Scalars() {
	}

	/** Type of a plain, untagged YAML scalar under the core schema. */
	public static ScalarType resolvePlain(String v) {
		if (v.isEmpty()) {
			return ScalarType.NULL;
		}
		char c = v.charAt(0);
		switch (c) {
			case 'n', 'N', '~' -> {
				return v.equals("null") || v.equals("Null") || v.equals("NULL") || v.equals("~")
						? ScalarType.NULL : ScalarType.STRING;
			}
			case 't', 'T', 'f', 'F' -> {
				return switch (v) {
					case "true", "True", "TRUE", "false", "False", "FALSE" -> ScalarType.BOOLEAN;
					default -> ScalarType.STRING;
				};
			}
			default -> {
				if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
					return INT.matcher(v).matches() || FLOAT.matcher(v).matches()
							? ScalarType.NUMBER : ScalarType.STRING;
				}
				return ScalarType.STRING;
			}
		}
	}

	/** Type implied by an explicit YAML tag, or null when the tag says nothing about the JSON type. */
	public static ScalarType fromTag(String tag) {
		return switch (tag) {
			case "tag:yaml.org,2002:str", "!" -> ScalarType.STRING;
			case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float" -> ScalarType.NUMBER;
			case "tag:yaml.org,2002:bool" -> ScalarType.BOOLEAN;
			case "tag:yaml.org,2002:null" -> ScalarType.NULL;
			default -> null;
		};
	}

	/** Converts scalar text of the given type to String, Boolean, null, Long, BigInteger or Double. */
	public static Object toJava(String v, ScalarType type) {
		return switch (type) {
			case STRING -> v;
			case NULL -> null;
			case BOOLEAN -> v.equalsIgnoreCase("true");
			case NUMBER -> number(v);
		};
	}

	private static Object number(String v) {
		try {
			if (v.startsWith("0x")) {
				return narrow(new BigInteger(v.substring(2), 16));
			}
			if (v.startsWith("0o")) {
				return narrow(new BigInteger(v.substring(2), 8));
			}
			String lower = v.toLowerCase(java.util.Locale.ROOT);
			if (lower.endsWith(".nan")) {
				return Double.NaN;
			}
			if (lower.endsWith(".inf")) {
				return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
			}
			if (v.indexOf('.') < 0 && v.indexOf('e') < 0 && v.indexOf('E') < 0) {
				return narrow(new BigInteger(v.startsWith("+") ? v.substring(1) : v));
			}
			return new BigDecimal(v).doubleValue();
		} catch (NumberFormatException e) {
			return v;
		}
	}

	private static Object narrow(BigInteger b) {
		return b.bitLength() < 64 ? (Object) b.longValue() : b;
	}
}
