package dev.specsync.document;

/** How a mapping or sequence is written: YAML block (indentation) or flow ({@code {}} / {@code []}, all JSON). */
public enum CollectionStyle {
	/** YAML block style: one entry or item per line, nested by indentation. */
	BLOCK,
	/** Flow style between brackets: every JSON collection, and YAML's {@code {a: 1}} and {@code [1, 2]}. */
	FLOW
}
