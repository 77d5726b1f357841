package dev.specsync.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.specsync.document.internal.FastYaml;
import dev.specsync.document.internal.JsonScanner;
import dev.specsync.document.internal.LineIndex;
import dev.specsync.document.internal.Problems;
import dev.specsync.document.internal.StyleDetector;
import dev.specsync.document.internal.Utf8;
import dev.specsync.document.internal.YamlReader;

/**
 * A JSON or YAML file held losslessly: its exact text plus a positioned node tree. Immutable and thread-safe.
 *
 * <p>{@link #toBytes()} of a loaded document returns exactly the bytes that were read (UTF-8, BOM kept).
 * Changes never re-serialize the tree: they are {@link TextEdit}s spliced into the text, after which the text is
 * parsed again into a new document ({@link #apply}); see {@link DocumentEditor} for structural edits.
 *
 * <p>Loading never throws unchecked exceptions for bad input: unusable input gives a {@link DocumentException}
 * with positioned {@link Diagnostic}s; usable input with problems (e.g. duplicate keys) loads and lists them
 * in {@link #diagnostics()}. Methods return non-null values unless documented otherwise.
 */
public final class SourceDocument {
	private final String path;
	private final Format format;
	private final String text;
	private final boolean bom;
	private final Node root;
	private final LineIndex lines;
	private final TextStyle style;
	private final List<Diagnostic> diagnostics;
	private final LoadOptions options;

	private SourceDocument(String path, Format format, String text, boolean bom, Node root, LineIndex lines,
						   TextStyle style, List<Diagnostic> diagnostics, LoadOptions options) {
		this.path = path;
		this.format = format;
		this.text = text;
		this.bom = bom;
		this.root = root;
		this.lines = lines;
		this.style = style;
		this.diagnostics = diagnostics;
		this.options = options;
	}

	/** Loads a file with {@link LoadOptions#defaults()}; the format comes from the file name. */
	public static SourceDocument load(Path file) throws IOException, DocumentException {
		return load(file, LoadOptions.defaults());
	}

	/**
	 * Loads a file; the format comes from the file name ({@link Format#fromFileName}). The size limit is checked
	 * before the content is read.
	 *
	 * @throws IOException       when the file cannot be read
	 * @throws DocumentException when the content is unusable or a limit is exceeded
	 */
	public static SourceDocument load(Path file, LoadOptions options) throws IOException, DocumentException {
		String label = file.toString();
		long size = Files.size(file);
		if (size > options.maxBytes()) {
			throw tooLarge(label, size, options);
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes((int) options.maxBytes() + 1);
		}
		if (bytes.length > options.maxBytes()) {
			throw tooLarge(label, bytes.length, options);
		}
		return parse(label, bytes, Format.fromFileName(label), options);
	}

	/**
	 * Parses file content given as bytes (UTF-8, optionally with a BOM).
	 *
	 * @param path a file path or label used in diagnostics
	 */
	public static SourceDocument parse(String path, byte[] bytes, Format format, LoadOptions options)
			throws DocumentException {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(format, "format");
		if (bytes.length > options.maxBytes()) {
			throw tooLarge(path, bytes.length, options);
		}
		String text = Utf8.decode(bytes, path);
		return parse(path, text, Utf8.hasBom(bytes), format, options);
	}

	/** Parses text (already decoded, without BOM); {@link #toBytes()} writes it as UTF-8 without BOM. */
	public static SourceDocument parse(String path, String text, Format format, LoadOptions options)
			throws DocumentException {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(format, "format");
		if ((long) text.length() > options.maxBytes()) {
			throw tooLarge(path, text.length(), options);
		}
		return parse(path, text, false, format, options);
	}

	private static SourceDocument parse(String path, String text, boolean bom, Format format, LoadOptions options)
			throws DocumentException {
		LineIndex lines = new LineIndex(text);
		Problems problems = new Problems(path, lines);
		Node root;
		char quote = '\'';
		boolean indentedSequences = true;
		if (format == Format.JSON) {
			root = new JsonScanner(text, 0, problems, options).parse();
		} else {
			FastYaml.Result fast = FastYaml.read(text, problems, options);
			if (fast != null) {
				root = fast.root();
				quote = fast.doubleQuoted() > fast.singleQuoted() ? '"' : '\'';
				indentedSequences = fast.indentedSequences() == null || fast.indentedSequences();
			} else {
				// outside the fast reader's subset: snakeyaml reads it (and explains any error)
				problems = new Problems(path, lines);
				YamlReader reader = new YamlReader(text, problems, options);
				root = reader.parse();
				quote = reader.doubleQuoted() > reader.singleQuoted() ? '"' : '\'';
				indentedSequences = reader.indentedSequences() == null || reader.indentedSequences();
			}
		}
		List<Diagnostic> diagnostics = problems.finish();
		TextStyle style = StyleDetector.detect(text, bom, lines, format, root, quote, indentedSequences);
		return new SourceDocument(path, format, text, bom, root, lines, style, diagnostics, options);
	}

	private static DocumentException tooLarge(String path, long size, LoadOptions options) {
		return new DocumentException(new Diagnostic(Severity.ERROR, path, 0, 0,
				"file is " + mib(size) + " (" + size + " bytes), larger than the limit of "
						+ mib(options.maxBytes()) + " (" + options.maxBytes() + " bytes); it was not read",
				"raise LoadOptions.maxBytes to load larger files"));
	}

	private static String mib(long bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
	}

	/** The path or label given at load time. */
	public String path() {
		return path;
	}

	/**
	 * The syntax the document was parsed with.
	 *
	 * @return JSON or YAML, as given at load time
	 */
	public Format format() {
		return format;
	}

	/** The full text (without BOM); node offsets index into it. */
	public String text() {
		return text;
	}

	/** The root node; never null (empty files are rejected). */
	public Node root() {
		return root;
	}

	/**
	 * The formatting conventions detected in the text, which {@link DocumentEditor} follows.
	 *
	 * @return the style
	 */
	public TextStyle style() {
		return style;
	}

	/**
	 * The limits the document was loaded with; {@link #withText(String)} and {@link #apply(List)} reuse them.
	 *
	 * @return the options
	 */
	public LoadOptions options() {
		return options;
	}

	/** Warnings and infos found while loading (errors make loading fail instead). */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/** The file content: BOM if the file had one, then the text as UTF-8. */
	public byte[] toBytes() {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		if (!bom) {
			return body;
		}
		byte[] out = new byte[body.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(body, 0, out, 3, body.length);
		return out;
	}

	/**
	 * Writes {@link #toBytes()} to {@code file} with {@link AtomicFiles#write}: a crash leaves the old or the new
	 * content, and an unchanged file is not touched.
	 */
	public void save(Path file) throws IOException {
		AtomicFiles.write(file, toBytes());
	}

	/**
	 * Node at an RFC 6901 pointer, e.g. {@code at("/paths/~1users~1{id}/get")}; empty when absent.
	 *
	 * @throws IllegalArgumentException when {@code pointer} is not a valid JSON pointer
	 */
	public Optional<Node> at(String pointer) {
		return at(JsonPointer.parse(pointer));
	}

	/**
	 * Node at a parsed pointer; aliases on the way are followed.
	 *
	 * @param pointer the pointer, not {@code null}
	 * @return the node, or empty when a step does not exist
	 */
	public Optional<Node> at(JsonPointer pointer) {
		return Optional.ofNullable(pointer.resolve(root));
	}

	/**
	 * The key node of the mapping entry a pointer names (e.g. for {@code /paths/~1pets} the {@code /pets} key);
	 * empty when the pointer is the root, names a sequence item or does not exist.
	 */
	public Optional<Node> keyAt(String pointer) {
		JsonPointer p = JsonPointer.parse(pointer);
		if (p.isRoot() || !(Nodes.resolveAlias(p.parent().resolve(root)) instanceof MappingNode m)) {
			return Optional.empty();
		}
		int i = m.indexOf(p.last());
		return i < 0 ? Optional.empty() : Optional.of(m.key(i));
	}

	/** Line and column of a char offset in {@link #text()}. */
	public Position position(int offset) {
		return lines.position(offset);
	}

	/** Position of the first char of {@code node}. */
	public Position start(Node node) {
		return lines.position(node.start());
	}

	/** Position just after the last char of {@code node}. */
	public Position end(Node node) {
		return lines.position(node.end());
	}

	/**
	 * The number of lines: line breaks plus one, so a text ending with a line break has an empty last line.
	 *
	 * @return at least 1
	 */
	public int lineCount() {
		return lines.lineCount();
	}

	/** Text of 1-based {@code line} without its line break. */
	public String line(int line) {
		return text.substring(lines.lineStart(line - 1), lines.lineEnd(line - 1, text));
	}

	/** Offset of the first char of 1-based {@code line}. */
	public int lineStartOffset(int line) {
		return lines.lineStart(line - 1);
	}

	/** Offset of the start of the line after the one containing {@code offset} (text length on the last line). */
	public int lineStartOffsetAfter(int offset) {
		return lines.nextLineStart(lines.lineOf(offset));
	}

	/**
	 * A new document for {@code newText}, parsed with this document's path, format, options and BOM.
	 *
	 * @throws DocumentException when the new text is unusable
	 */
	public SourceDocument withText(String newText) throws DocumentException {
		return parse(path, newText, bom, format, options);
	}

	/**
	 * Applies non-overlapping edits (offsets refer to this document's text) and parses the result.
	 *
	 * @throws IllegalArgumentException when edits overlap or fall outside the text
	 * @throws DocumentException        when the edited text is unusable
	 */
	public SourceDocument apply(List<TextEdit> edits) throws DocumentException {
		return withText(applyToText(edits));
	}

	/** Single-edit form of {@link #apply(List)}. */
	public SourceDocument apply(TextEdit edit) throws DocumentException {
		return apply(List.of(edit));
	}

	/** The text after applying non-overlapping edits. */
	public String applyToText(List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset));
		StringBuilder sb = new StringBuilder(text.length() + 256);
		int at = 0;
		for (TextEdit e : sorted) {
			if (e.offset() < at || e.offset() + e.length() > text.length()) {
				throw new IllegalArgumentException("overlapping or out-of-range edit " + e);
			}
			sb.append(text, at, e.offset()).append(e.replacement());
			at = e.offset() + e.length();
		}
		return sb.append(text, at, text.length()).toString();
	}

	@Override
	public String toString() {
		return "SourceDocument[" + path + ", " + format + ", " + text.length() + " chars]";
	}
}
