package dev.specsync.document;

/** JSON type of a scalar, by JSON rules or the YAML 1.2 core schema. */
public enum ScalarType {
	/** Text; {@link ScalarNode#toJava()} gives a {@code String}. */
	STRING,
	/** An integer or decimal number; {@link ScalarNode#toJava()} gives a {@code Long}, {@code BigInteger},
	 * {@code Double} or {@code BigDecimal}. */
	NUMBER,
	/** {@code true} or {@code false}; {@link ScalarNode#toJava()} gives a {@code Boolean}. */
	BOOLEAN,
	/** JSON {@code null}, YAML {@code null}, {@code ~} or an empty value; {@link ScalarNode#toJava()} gives
	 * {@code null}. */
	NULL
}
