package dev.specsync.openapi;

import java.util.Objects;

import dev.specsync.document.JsonPointer;
import dev.specsync.document.Node;
import dev.specsync.document.Position;

/**
 * Where a {@code $ref} leads: a node of a loaded file. The node may itself be a {@code $ref} object (a chain);
 * {@link ApiFileSet} reports chains that never reach a value.
 *
 * @param file the file holding the node; never {@code null}
 * @param pointer the node's JSON pointer in that file ({@link JsonPointer#ROOT} for a whole-file reference)
 * @param node the node; never {@code null}
 */
public record RefTarget(ApiFile file, JsonPointer pointer, Node node) {

	/**
	 * Checks that nothing is {@code null}.
	 *
	 * @param file the file holding the node
	 * @param pointer the node's pointer
	 * @param node the node
	 */
	public RefTarget {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(pointer, "pointer"); //$NON-NLS-1$
		Objects.requireNonNull(node, "node"); //$NON-NLS-1$
	}

	/**
	 * The node's first character in its file.
	 *
	 * @return line and column, 1-based
	 */
	public Position position() {
		return file.document().start(node);
	}

	/**
	 * The node's place as editors and compilers print it.
	 *
	 * @return {@code label:line:column}, e.g. {@code schemas/pet.yaml:3:1}
	 */
	public String location() {
		Position p = position();
		return file.label() + ':' + p.line() + ':' + p.column();
	}
}
