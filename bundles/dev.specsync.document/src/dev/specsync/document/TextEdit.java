package dev.specsync.document;

import java.util.Objects;

/**
 * Replacement of {@code length} chars at {@code offset} of a document's text by {@code replacement}.
 * An insertion has length 0, a deletion an empty replacement.
 */
public record TextEdit(int offset, int length, String replacement) {

	/**
	 * Checks the range and the replacement.
	 *
	 * @throws IllegalArgumentException when {@code offset} or {@code length} is negative
	 * @throws NullPointerException when {@code replacement} is {@code null}
	 */
	public TextEdit {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("negative offset or length");
		}
		Objects.requireNonNull(replacement, "replacement");
	}

	/** Applies this edit to {@code text}. */
	public String applyTo(String text) {
		return text.substring(0, offset) + replacement + text.substring(offset + length);
	}
}
