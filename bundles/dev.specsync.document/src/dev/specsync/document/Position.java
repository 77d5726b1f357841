package dev.specsync.document;

/**
 * A place in a text as shown by an editor.
 *
 * @param offset 0-based char (UTF-16 unit) offset into {@link SourceDocument#text()}
 * @param line   1-based line number
 * @param column 1-based column, counted in chars from the start of the line
 */
public record Position(int offset, int line, int column) {
}
