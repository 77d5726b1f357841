package dev.specsync.git.engine;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of a working tree, as {@code git status} shows it. Paths are relative to the working tree with
 * {@code /} separators; the sets are sorted and unmodifiable.
 *
 * @param branch the checked-out branch's short name, or empty when HEAD is detached
 * @param upstream the upstream's short name (for example {@code origin/main}), or empty when there is none
 * @param ahead commits on the branch that are not on its upstream ({@code 0} without upstream)
 * @param behind commits on the upstream that are not on the branch ({@code 0} without upstream)
 * @param staged paths whose index content differs from HEAD (added, changed, removed)
 * @param changed tracked paths whose file differs from the index (modified or deleted)
 * @param untracked files neither tracked nor ignored
 * @param conflicting paths with unresolved conflicts
 * @param operation the unfinished operation, for example {@code MERGING} or {@code REBASING_MERGE}, or
 *            {@code SAFE} when there is none (the names of JGit's {@code RepositoryState})
 */
public record WorkspaceStatus(Optional<String> branch, Optional<String> upstream, int ahead, int behind,
		Set<String> staged, Set<String> changed, Set<String> untracked, Set<String> conflicting, String operation) {

	/**
	 * Copies the sets.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public WorkspaceStatus {
		Objects.requireNonNull(branch, "branch"); //$NON-NLS-1$
		Objects.requireNonNull(upstream, "upstream"); //$NON-NLS-1$
		staged = Collections.unmodifiableSortedSet(new TreeSet<>(staged));
		changed = Collections.unmodifiableSortedSet(new TreeSet<>(changed));
		untracked = Collections.unmodifiableSortedSet(new TreeSet<>(untracked));
		conflicting = Collections.unmodifiableSortedSet(new TreeSet<>(conflicting));
		Objects.requireNonNull(operation, "operation"); //$NON-NLS-1$
	}

	/**
	 * Whether there is nothing to commit and nothing untracked.
	 *
	 * @return {@code true} when every set is empty
	 */
	public boolean clean() {
		return staged.isEmpty() && changed.isEmpty() && untracked.isEmpty() && conflicting.isEmpty();
	}
}
