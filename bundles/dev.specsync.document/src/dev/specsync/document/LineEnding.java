package dev.specsync.document;

/** Line break convention of a file. */
public enum LineEnding {
	/** {@code \n}, the Unix convention. */
	LF("\n"),
	/** {@code \r\n}, the Windows convention. */
	CRLF("\r\n"),
	/** A lone {@code \r}, as in classic Mac OS files. */
	CR("\r");

	private final String text;

	LineEnding(String text) {
		this.text = text;
	}

	/** The characters of this line break. */
	public String text() {
		return text;
	}
}
