package dev.specsync.ui.editor.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.specsync.document.Diagnostic;
import dev.specsync.document.DocumentException;
import dev.specsync.document.Format;
import dev.specsync.document.LoadOptions;
import dev.specsync.document.SourceDocument;

/**
 * A file as the editor holds it: its exact bytes on disk, its text, and its parse by the document model.
 * Saving goes through the document model (which writes the text back with the file's byte order mark) and is
 * atomic: a temporary file beside the target is moved over it, so a crash or a full disk leaves the old file
 * whole. Immutable; {@link #read} and {@link #save} do file I/O on the calling thread.
 *
 * @param file the file, absolute
 * @param label how problems name the file
 * @param bytes the file's bytes as last read or written
 * @param text the text shown (without byte order mark)
 * @param bom whether the file starts with a UTF-8 byte order mark
 * @param document the parse of {@link #text()}, or null when it is not valid JSON/YAML
 * @param diagnostics the parse's problems (errors when {@code document} is null)
 * @param writable false when the bytes are not UTF-8: saving would change them, so the editor is read-only
 */
record FileContent(Path file, String label, byte[] bytes, String text, boolean bom, SourceDocument document,
		List<Diagnostic> diagnostics, boolean writable) {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * Reads and parses a file.
	 *
	 * @param file the file
	 * @param label how problems name it
	 * @return its content
	 * @throws IOException when it cannot be read
	 */
	static FileContent read(Path file, String label) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3);
		String text;
		boolean writable = true;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString();
		} catch (CharacterCodingException e) {
			text = new String(bytes, StandardCharsets.UTF_8);
			writable = false;
		}
		return parse(file, label, bytes, text, bom, writable);
	}

	private static FileContent parse(Path file, String label, byte[] bytes, String text, boolean bom, boolean writable) {
		Format format = Format.fromFileName(file.getFileName().toString());
		try {
			// parsed from bytes, so that the document keeps the byte order mark and writes it back
			SourceDocument document = SourceDocument.parse(label, withBom(text, bom), format, LoadOptions.defaults());
			return new FileContent(file, label, bytes, text, bom, document, document.diagnostics(), writable);
		} catch (DocumentException e) {
			return new FileContent(file, label, bytes, text, bom, null, e.diagnostics(), writable);
		}
	}

	/**
	 * Parses edited text, keeping this file's identity and byte order mark, without writing anything.
	 *
	 * @param newText the edited text
	 * @return the content the file would have
	 */
	FileContent withText(String newText) {
		return parse(file, label, bytes, newText, bom, writable);
	}

	/**
	 * The bytes that saving {@link #text()} writes: through the document model when the text parses, else the
	 * text as UTF-8 with the file's byte order mark (a file being written may be invalid for a while; it is
	 * saved all the same).
	 *
	 * @return the bytes
	 */
	byte[] encoded() {
		return document != null ? document.toBytes() : withBom(text, bom);
	}

	private static byte[] withBom(String text, boolean bom) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		if (!bom) {
			return body;
		}
		byte[] out = new byte[body.length + 3];
		System.arraycopy(BOM, 0, out, 0, 3);
		System.arraycopy(body, 0, out, 3, body.length);
		return out;
	}

	/**
	 * Writes the text atomically, unless the file already holds exactly these bytes (then nothing is written).
	 *
	 * @return the content as saved (its bytes are what the file now holds)
	 * @throws IOException when it cannot be written; the file on disk is then unchanged
	 */
	FileContent save() throws IOException {
		byte[] out = encoded();
		if (Files.exists(file) && Arrays.equals(out, Files.readAllBytes(file))) {
			return new FileContent(file, label, out, text, bom, document, diagnostics, writable);
		}
		Path folder = file.getParent();
		Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".specsync-save"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(temp, out);
			copyPermissions(file, temp);
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
		return new FileContent(file, label, out, text, bom, document, diagnostics, writable);
	}

	private static void copyPermissions(Path from, Path to) {
		try {
			if (Files.exists(from) && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
				Files.setPosixFilePermissions(to, permissions);
			}
		} catch (IOException | UnsupportedOperationException e) {
			// the default permissions then
		}
	}
}
