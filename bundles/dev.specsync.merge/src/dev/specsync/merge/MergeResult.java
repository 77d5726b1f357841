package dev.specsync.merge;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The outcome of a merge: the merged text and the conflicts left in it. Immutable and thread-safe.
 * <p>
 * The text holds every change that merged; at each conflict it holds our value. It always parses. When
 * {@link #isClean()} it is the final result, checked as described in {@link Merger}.
 */
@ProviderType
public interface MergeResult {

	/**
	 * The request this result answers.
	 *
	 * @return the request, never {@code null}
	 */
	MergeRequest request();

	/**
	 * The merged file content (UTF-8, our byte order mark kept).
	 *
	 * @return a fresh copy of the bytes, never {@code null}
	 */
	byte[] bytes();

	/**
	 * The merged text.
	 *
	 * @return the text, never {@code null}
	 */
	String text();

	/**
	 * The conflicts still open, in document order.
	 *
	 * @return an unmodifiable list, empty when the merge is clean
	 */
	List<Conflict> conflicts();

	/**
	 * Whether nothing is left to resolve.
	 *
	 * @return {@code true} when {@link #conflicts()} is empty
	 */
	default boolean isClean() {
		return conflicts().isEmpty();
	}

	/**
	 * The resolutions applied so far (by {@link #resolve}), in the order given.
	 *
	 * @return an unmodifiable list
	 */
	List<Resolution> resolutions();

	/**
	 * Applies resolutions to some or all conflicts. The result is checked again: a custom value that leaves a
	 * reference pointing nowhere gives a new conflict at that reference.
	 *
	 * @param resolutions one per conflict resolved, by {@link Conflict#pointer()}
	 * @return a new result with those conflicts resolved and the others still open
	 * @throws MergeException when a resolution names no open conflict or offers a choice the conflict does not
	 *         have
	 */
	MergeResult resolve(Collection<Resolution> resolutions) throws MergeException;

	/**
	 * The whole-file choice, always available: one side's file as it is, ignoring the other's changes.
	 *
	 * @param side {@link Side#OURS} (keep local) or {@link Side#THEIRS} (keep remote); {@link Side#BASE} gives the
	 *        ancestor, or an empty array when there was none
	 * @return a copy of that side's bytes
	 */
	byte[] wholeFile(Side side);
}
