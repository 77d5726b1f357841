package dev.specsync.document;

import java.util.Objects;

/**
 * Limits and policies applied while loading. Immutable; use {@link #defaults()} and the {@code with...} methods.
 *
 * @param maxBytes              largest accepted file in bytes; checked before reading when loading from a path
 * @param maxDepth              deepest accepted nesting of mappings and sequences
 * @param maxAliases            most YAML aliases ({@code *name}) accepted in one file
 * @param maxAliasExpansion     most nodes that resolving every YAML alias may add (defends against
 *                              "billion laughs" documents whose aliases expand exponentially)
 * @param duplicateKeySeverity  severity reported for a duplicated mapping key; {@link Severity#ERROR} rejects
 *                              the file, anything else loads it with a diagnostic
 */
public record LoadOptions(long maxBytes, int maxDepth, int maxAliases, long maxAliasExpansion,
						  Severity duplicateKeySeverity) {

	/** Default {@link #maxBytes()}: 128 MiB. */
	public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;
	/** Default {@link #maxDepth()}: 1000 levels. */
	public static final int DEFAULT_MAX_DEPTH = 1000;
	/** Default {@link #maxAliases()}: 1000 aliases. */
	public static final int DEFAULT_MAX_ALIASES = 1000;
	/** Default {@link #maxAliasExpansion()}: one million nodes. */
	public static final long DEFAULT_MAX_ALIAS_EXPANSION = 1_000_000L;

	/**
	 * Checks the limits.
	 *
	 * @throws IllegalArgumentException when {@code maxBytes} is negative or above {@code Integer.MAX_VALUE - 16}
	 *         (a larger file cannot be held as one Java string), when {@code maxDepth} is below 1, or when
	 *         {@code maxAliases} or {@code maxAliasExpansion} is negative
	 * @throws NullPointerException when {@code duplicateKeySeverity} is {@code null}
	 */
	public LoadOptions {
		if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("maxBytes must be between 0 and " + (Integer.MAX_VALUE - 16));
		}
		if (maxDepth < 1 || maxAliases < 0 || maxAliasExpansion < 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
		Objects.requireNonNull(duplicateKeySeverity, "duplicateKeySeverity");
	}

	/** 128 MiB, depth 1000, 1000 aliases, 1,000,000 nodes of alias expansion, duplicate keys are warnings. */
	public static LoadOptions defaults() {
		return new LoadOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIASES,
				DEFAULT_MAX_ALIAS_EXPANSION, Severity.WARNING);
	}

	/**
	 * A copy with another size limit.
	 *
	 * @param value the largest accepted file in bytes
	 * @return new options; this instance is unchanged
	 * @throws IllegalArgumentException when the value is out of range (see the constructor)
	 */
	public LoadOptions withMaxBytes(long value) {
		return new LoadOptions(value, maxDepth, maxAliases, maxAliasExpansion, duplicateKeySeverity);
	}

	/**
	 * A copy with another nesting limit.
	 *
	 * @param value the deepest accepted nesting, at least 1
	 * @return new options; this instance is unchanged
	 * @throws IllegalArgumentException when the value is below 1
	 */
	public LoadOptions withMaxDepth(int value) {
		return new LoadOptions(maxBytes, value, maxAliases, maxAliasExpansion, duplicateKeySeverity);
	}

	/**
	 * A copy with another limit on the number of YAML aliases.
	 *
	 * @param value the most aliases accepted in one file, not negative
	 * @return new options; this instance is unchanged
	 * @throws IllegalArgumentException when the value is negative
	 */
	public LoadOptions withMaxAliases(int value) {
		return new LoadOptions(maxBytes, maxDepth, value, maxAliasExpansion, duplicateKeySeverity);
	}

	/**
	 * A copy with another limit on the nodes that expanding every YAML alias may add.
	 *
	 * @param value the most nodes, not negative
	 * @return new options; this instance is unchanged
	 * @throws IllegalArgumentException when the value is negative
	 */
	public LoadOptions withMaxAliasExpansion(long value) {
		return new LoadOptions(maxBytes, maxDepth, maxAliases, value, duplicateKeySeverity);
	}

	/**
	 * A copy with another policy for duplicated mapping keys.
	 *
	 * @param value {@link Severity#ERROR} to reject such files, another severity to load them with a diagnostic
	 * @return new options; this instance is unchanged
	 */
	public LoadOptions withDuplicateKeySeverity(Severity value) {
		return new LoadOptions(maxBytes, maxDepth, maxAliases, maxAliasExpansion, value);
	}
}
