package dev.specsync.document;

/**
 * Formatting conventions detected in a file, used so that edits blend in with the existing text.
 *
 * @param bom               the file starts with a UTF-8 byte order mark (kept on save)
 * @param lineEnding        the dominant line break, used for new lines; {@link LineEnding#LF} when the file has none
 * @param mixedLineEndings  the file uses more than one kind of line break
 * @param trailingNewline   the file ends with a line break
 * @param indentUnit        one level of indentation, e.g. two spaces, four spaces or a tab
 * @param keyValueSeparator JSON: the text between a key and its value on one line, e.g. {@code ": "};
 *                          YAML: always {@code ": "}
 * @param preferredQuote    YAML: the quote character ({@code '} or {@code "}) used most by quoted scalars;
 *                          JSON: always {@code "}
 * @param indentedSequences YAML: block sequences that are mapping values are indented under their key
 *                          ({@code key:\n  - a}) rather than flush with it ({@code key:\n- a})
 */
public record TextStyle(boolean bom, LineEnding lineEnding, boolean mixedLineEndings, boolean trailingNewline,
						String indentUnit, String keyValueSeparator, char preferredQuote,
						boolean indentedSequences) {
}
