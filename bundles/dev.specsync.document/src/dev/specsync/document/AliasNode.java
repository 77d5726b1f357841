package dev.specsync.document;

import org.osgi.annotation.versioning.ProviderType;

/** A YAML alias ({@code *name}); it is not expanded, {@link #target()} is the anchored node it refers to. */
@ProviderType
public non-sealed interface AliasNode extends Node {

	/** The anchor name, without {@code *}. */
	String name();

	/** The node that carries the anchor; never null (undefined aliases are rejected at load time). */
	Node target();

	@Override
	default String anchor() {
		return null;
	}

	@Override
	default String tag() {
		return null;
	}

	@Override
	default NodeKind kind() {
		return NodeKind.ALIAS;
	}
}
