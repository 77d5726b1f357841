package dev.specsync.document;

/** How a scalar is written. JSON strings are {@link #DOUBLE_QUOTED}, other JSON scalars {@link #PLAIN}. */
public enum ScalarStyle {
	/** Unquoted: JSON numbers, booleans and null, YAML plain scalars. */
	PLAIN,
	/** YAML {@code 'text'}: no escapes, {@code ''} stands for one quote. */
	SINGLE_QUOTED,
	/** {@code "text"} with backslash escapes: every JSON string, YAML double-quoted scalars. */
	DOUBLE_QUOTED,
	/** YAML {@code |} block scalar: line breaks are kept. */
	LITERAL,
	/** YAML {@code >} block scalar: single line breaks fold into spaces. */
	FOLDED
}
