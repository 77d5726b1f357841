package dev.specsync.ui.explorer.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Repository;

import dev.specsync.ui.explorer.internal.ExplorerItem.GitState;

/**
 * What the Explorer shows of a working tree's Git state: the branch, how far it is ahead of and behind its
 * upstream, and the changed files. Read with JGit on a background thread; an empty state when the folder
 * is not a Git working tree.
 *
 * @param branch the checked-out branch, or null without a repository (a commit id when detached)
 * @param ahead commits on the branch that its upstream does not have, or -1 without an upstream
 * @param behind commits on the upstream that the branch does not have, or -1 without an upstream
 * @param changes the changed files by path relative to the working tree ({@code /} separated)
 */
public record RepositoryState(String branch, int ahead, int behind, Map<String, GitState> changes) {

	/** No repository. */
	public static final RepositoryState NONE = new RepositoryState(null, -1, -1, Map.of());

	/**
	 * Copies the map.
	 *
	 * @param branch the branch
	 * @param ahead commits ahead
	 * @param behind commits behind
	 * @param changes the changed files
	 */
	public RepositoryState {
		changes = Map.copyOf(changes);
	}

	/**
	 * Reads the state of the working tree at a folder.
	 *
	 * @param root the working tree's root
	 * @return the state; {@link #NONE} when the folder is not the root of a Git working tree or cannot be read
	 */
	public static RepositoryState read(Path root) {
		File dotGit = root.resolve(".git").toFile(); //$NON-NLS-1$
		if (!dotGit.exists()) {
			return NONE;
		}
		try (Git git = Git.open(root.toFile())) {
			Repository repository = git.getRepository();
			String branch = repository.getBranch();
			int ahead = -1;
			int behind = -1;
			BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, branch);
			if (tracking != null) {
				ahead = tracking.getAheadCount();
				behind = tracking.getBehindCount();
			}
			Map<String, GitState> changes = new HashMap<>();
			Status status = git.status().call();
			status.getModified().forEach(p -> changes.put(p, GitState.MODIFIED));
			status.getChanged().forEach(p -> changes.put(p, GitState.MODIFIED));
			status.getAdded().forEach(p -> changes.put(p, GitState.ADDED));
			status.getUntracked().forEach(p -> changes.put(p, GitState.ADDED));
			status.getConflicting().forEach(p -> changes.put(p, GitState.CONFLICT));
			return new RepositoryState(branch, ahead, behind, changes);
		} catch (IOException | GitAPIException | RuntimeException e) {
			return NONE;
		}
	}

	/**
	 * The Git state of a file.
	 *
	 * @param root the working tree's root
	 * @param file a file below it
	 * @return the state, or null when the file is unchanged
	 */
	public GitState of(Path root, Path file) {
		return changes.get(root.relativize(file).toString().replace(File.separatorChar, '/'));
	}
}
