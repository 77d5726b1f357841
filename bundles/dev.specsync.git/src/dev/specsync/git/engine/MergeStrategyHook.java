package dev.specsync.git.engine;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Resolves conflicts in files it understands, such as API definitions and request collections, during a
 * merge or a pull that merges. Registered as an OSGi service or set on the operation. After Git's own merge
 * leaves a file conflicting, the engine asks each hook that {@linkplain #handles(String) handles} the path;
 * a resolution replaces the file's content and marks it resolved. When every conflict is resolved the merge
 * commit is created as if there had been none.
 *
 * <p>Called on the operation's thread, with the repository in its conflict state. A hook must not touch the
 * repository. Exceptions a hook throws leave the path conflicting.
 */
@ConsumerType
public interface MergeStrategyHook {

	/**
	 * Whether this hook wants to resolve conflicts in a path.
	 *
	 * @param path relative to the working tree, {@code /} separators
	 * @return {@code true} to be asked for a resolution
	 */
	boolean handles(String path);

	/**
	 * Resolves one conflicting file.
	 *
	 * @param conflict the three versions
	 * @return the merged content, or empty to leave the conflict for the user
	 */
	Optional<byte[]> resolve(Conflict conflict);

	/**
	 * The versions of a conflicting file. Arrays are the caller's copies; a missing version (added on both
	 * sides, deleted on one) is an empty array with the matching {@code present} flag {@code false}.
	 *
	 * @param path relative to the working tree
	 * @param base the common ancestor's content
	 * @param ours the checked-out branch's content
	 * @param theirs the incoming content
	 * @param basePresent whether the ancestor had the file
	 * @param oursPresent whether the checked-out branch has the file
	 * @param theirsPresent whether the incoming side has the file
	 */
	record Conflict(String path, byte[] base, byte[] ours, byte[] theirs, boolean basePresent, boolean oursPresent,
			boolean theirsPresent) {
	}
}
