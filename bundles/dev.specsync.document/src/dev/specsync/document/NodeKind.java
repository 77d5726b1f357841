package dev.specsync.document;

/** The kinds of {@link Node}. */
public enum NodeKind {
	/** A {@link MappingNode}: JSON object, YAML mapping. */
	MAPPING,
	/** A {@link SequenceNode}: JSON array, YAML sequence. */
	SEQUENCE,
	/** A {@link ScalarNode}: string, number, boolean or null. */
	SCALAR,
	/** An {@link AliasNode}: a YAML {@code *name} reference to an anchored node. */
	ALIAS
}
