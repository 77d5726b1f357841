package dev.specsync.document;

import org.osgi.annotation.versioning.ProviderType;

/** A string, number, boolean or null. */
@ProviderType
public non-sealed interface ScalarNode extends Node {

	/**
	 * The scalar's value as text after unescaping / unfolding, never null: {@code "a\"b"} gives {@code a"b},
	 * JSON {@code 1.50} gives {@code 1.50}, YAML {@code ~} gives {@code ~}.
	 */
	String value();

	/**
	 * The JSON type of the value: by JSON syntax, by the YAML 1.2 core schema for plain YAML scalars, or by an
	 * explicit tag; quoted and block scalars are strings.
	 *
	 * @return the type, never {@code null}
	 */
	ScalarType type();

	/**
	 * How the scalar is written; edits that replace the value keep this style where the new value allows.
	 *
	 * @return the style, never {@code null}
	 */
	ScalarStyle style();

	/** The value as Java: String, Boolean, null, or Long / BigInteger / Double / BigDecimal for numbers. */
	Object toJava();

	@Override
	default NodeKind kind() {
		return NodeKind.SCALAR;
	}
}
