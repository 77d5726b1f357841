package dev.specsync.openapi;

import java.util.Objects;

import dev.specsync.document.JsonPointer;
import dev.specsync.document.Position;
import dev.specsync.document.ScalarNode;

/**
 * One {@code $ref} found in a file of an {@link ApiFileSet}: an object member {@code "$ref": "<text>"} whose
 * value is a string. Values of {@code example}, {@code default}, {@code enum} and {@code const} and the
 * {@code value} of example objects are data, not definitions, and are not searched.
 *
 * @param file the file that holds it; never {@code null}
 * @param pointer the JSON pointer of the object holding the {@code $ref} member
 * @param value the {@code $ref} value node, which positions messages
 * @param text the reference as written, e.g. {@code ./schemas/pet.yaml#/Pet}
 */
public record Reference(ApiFile file, JsonPointer pointer, ScalarNode value, String text) {

	/**
	 * Checks that nothing is {@code null}.
	 *
	 * @param file the file that holds it
	 * @param pointer the pointer of the object holding it
	 * @param value the value node
	 * @param text the reference as written
	 */
	public Reference {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(pointer, "pointer"); //$NON-NLS-1$
		Objects.requireNonNull(value, "value"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}

	/**
	 * The reference's place as editors and compilers print it.
	 *
	 * @return {@code label:line:column} of the {@code $ref} value
	 */
	public String location() {
		Position p = file.document().start(value);
		return file.label() + ':' + p.line() + ':' + p.column();
	}
}
