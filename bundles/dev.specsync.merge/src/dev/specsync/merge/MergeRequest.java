package dev.specsync.merge;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The three versions of one file to merge.
 *
 * @param path the file's path in the working tree (e.g. {@code api/openapi.yaml}), used for its format ({@code .json}
 *        is JSON, anything else YAML) and in messages, never {@code null}
 * @param base the common ancestor's bytes, or {@code null} when the file did not exist there (both sides added it)
 * @param ours our version's bytes, never {@code null}; the merged text is written as edits of it
 * @param theirs their version's bytes, never {@code null}
 * @param directory the folder the file lives in, used to check that {@code $ref}s to other files still lead
 *        somewhere; {@code null} when unknown (then only references inside the file are checked)
 */
public record MergeRequest(String path, byte[] base, byte[] ours, byte[] theirs, Path directory) {

	/**
	 * Checks the mandatory values.
	 *
	 * @throws NullPointerException when {@code path}, {@code ours} or {@code theirs} is {@code null}
	 */
	public MergeRequest {
		Objects.requireNonNull(path, "path"); //$NON-NLS-1$
		Objects.requireNonNull(ours, "ours"); //$NON-NLS-1$
		Objects.requireNonNull(theirs, "theirs"); //$NON-NLS-1$
	}

	/**
	 * A request for three versions of a file whose folder is not known.
	 *
	 * @param path the file's path, for its format and messages
	 * @param base the ancestor's bytes, or {@code null}
	 * @param ours our bytes
	 * @param theirs their bytes
	 * @return the request
	 */
	public static MergeRequest of(String path, byte[] base, byte[] ours, byte[] theirs) {
		return new MergeRequest(path, base, ours, theirs, null);
	}

	/**
	 * The folder of the file, when known.
	 *
	 * @return the folder, or empty
	 */
	public Optional<Path> folder() {
		return Optional.ofNullable(directory);
	}
}
