package dev.specsync.ui.scm.internal;

import java.util.List;
import java.util.Optional;

import dev.specsync.git.engine.Author;

/**
 * What the Source Control part shows of a working tree, read in one go off the UI thread.
 *
 * @param branch the checked-out branch, empty when HEAD is detached
 * @param upstream the upstream, for example {@code origin/main}, empty without one
 * @param ahead commits not on the upstream
 * @param behind upstream commits not on the branch
 * @param files the changed files, sorted by path
 * @param operation the unfinished operation ({@code MERGING}, ...) or {@code SAFE}
 * @param author the author the Git configuration names explicitly, empty when it names none
 * @param lastSync the snapshot "Undo Last Sync" would restore, described for the user, empty when none
 */
public record ScmState(Optional<String> branch, Optional<String> upstream, int ahead, int behind, List<ChangedFile> files,
		String operation, Optional<Author> author, Optional<String> lastSync) {

	/**
	 * Copies the list.
	 *
	 * @param branch the branch
	 * @param upstream the upstream
	 * @param ahead commits ahead
	 * @param behind commits behind
	 * @param files the changed files
	 * @param operation the unfinished operation
	 * @param author the configured author
	 * @param lastSync the last sync snapshot
	 */
	public ScmState {
		files = List.copyOf(files);
	}

	/**
	 * The files left with conflicts.
	 *
	 * @return the conflicting files, in path order
	 */
	public List<ChangedFile> conflicts() {
		return files.stream().filter(f -> f.kind() == ChangedFile.Kind.CONFLICTING).toList();
	}
}
