package dev.specsync.merge;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The structural three-way merge service.
 * <p>
 * A merge never writes a file: it returns the merged text and the conflicts, and the caller decides where the
 * text goes. Edits made by only one side, edits to different parts of a file, identical edits on both sides and a
 * reformat or key reorder on one side against a content edit on the other merge without conflict. The merged text
 * is "ours" with the other side's changes applied as line-local edits: untouched parts keep ours' bytes, new
 * content follows ours' style. Before a result is returned it is parsed again and its {@code $ref}s are resolved;
 * a merge that would leave an unparsable text or a reference that points nowhere (and did not already in ours)
 * is reported as a conflict, never as a clean merge.
 * <p>
 * Implementations are stateless and thread-safe.
 */
@ProviderType
public interface Merger {

	/**
	 * Merges three versions of one file.
	 *
	 * @param request the three sides and the file's path, never {@code null}
	 * @return the merge, clean or with conflicts, never {@code null}
	 * @throws MergeException when a side is not usable JSON or YAML; nothing has been written
	 */
	MergeResult merge(MergeRequest request) throws MergeException;

	/**
	 * Merges again a merge whose state was stored, then applies the resolutions stored with it.
	 *
	 * @param state the stored state, never {@code null}
	 * @return the merge with the stored resolutions applied, never {@code null}
	 * @throws MergeException when a side is not usable JSON or YAML
	 */
	default MergeResult resume(MergeState state) throws MergeException {
		MergeResult result = merge(state.request());
		return state.resolutions().isEmpty() ? result : result.resolve(state.resolutions());
	}
}
