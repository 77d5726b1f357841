package dev.specsync.document;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A node of a parsed JSON or YAML document. Nodes are immutable and safe to share between threads; they hold no
 * parent pointer and no line numbers (ask the owning {@link SourceDocument} for {@link SourceDocument#position}).
 *
 * <p>{@link #start()} and {@link #end()} are char offsets into {@link SourceDocument#text()}: the node's text is
 * {@code text.substring(start(), end())}. For YAML the range includes an anchor or tag written before the node,
 * block collections end where their last entry ends and block scalars end after their last content line.
 */
@ProviderType
public sealed interface Node permits MappingNode, SequenceNode, ScalarNode, AliasNode {

	/**
	 * What kind of node this is, for a {@code switch}; pattern matching on the sub-interfaces works as well.
	 *
	 * @return the kind, never {@code null}
	 */
	NodeKind kind();

	/** Offset of the first char of this node (including YAML anchor / tag). */
	int start();

	/** Offset just after the last char of this node. */
	int end();

	/** YAML anchor name defined on this node ({@code &name}), or null. */
	String anchor();

	/** Explicit YAML tag as resolved by the parser (e.g. {@code tag:yaml.org,2002:str}), or null. */
	String tag();
}
