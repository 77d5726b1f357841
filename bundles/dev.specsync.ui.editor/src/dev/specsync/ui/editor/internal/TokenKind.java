package dev.specsync.ui.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/** The kinds of text the definition editor colours, with their colour and font style (light theme). */
public enum TokenKind {
	/** A mapping key: {@code paths:}, {@code "type":}. */
	KEY(new RGB(0x0b, 0x53, 0x94), SWT.NORMAL),
	/** A quoted string or a block scalar's text. */
	STRING(new RGB(0x1e, 0x7b, 0x34), SWT.NORMAL),
	/** A plain (unquoted) YAML scalar that is not a number or keyword. */
	PLAIN(new RGB(0x2b, 0x31, 0x40), SWT.NORMAL),
	/** A number. */
	NUMBER(new RGB(0xa3, 0x47, 0x00), SWT.NORMAL),
	/** {@code true}, {@code false}, {@code null}, {@code ~}. */
	KEYWORD(new RGB(0x8e, 0x24, 0xaa), SWT.NORMAL),
	/** A YAML comment. */
	COMMENT(new RGB(0x7a, 0x84, 0x94), SWT.ITALIC),
	/** The value of a {@code $ref}: where the reference leads. */
	REF(new RGB(0xc2, 0x18, 0x5b), SWT.NORMAL),
	/** Brackets, commas, colons, sequence dashes, block scalar indicators. */
	PUNCTUATION(new RGB(0x6b, 0x77, 0x89), SWT.NORMAL),
	/** YAML anchors, aliases and tags. */
	ANCHOR(new RGB(0x00, 0x83, 0x8f), SWT.NORMAL);

	private final RGB colour;
	private final int style;

	TokenKind(RGB colour, int style) {
		this.colour = colour;
		this.style = style;
	}

	/**
	 * The foreground colour.
	 *
	 * @return the colour's RGB
	 */
	public RGB colour() {
		return colour;
	}

	/**
	 * The font style.
	 *
	 * @return {@link SWT#NORMAL}, {@link SWT#BOLD} or {@link SWT#ITALIC}
	 */
	public int style() {
		return style;
	}
}
