package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.GitOperation;

/**
 * Base of the operations: runs once, translates JGit failures into diagnostics. An operation on a workspace
 * refuses to start when the workspace folder is gone, and reports a folder deleted while it ran as such rather
 * than as the low-level error (or, worse, as a result computed from an empty folder).
 */
abstract class Operation<T> implements GitOperation<T> {

	/** The user-level action, completing "SpecSync could not ...". */
	private final String action;
	/** The workspace's repository, {@code null} for operations that create one. */
	private final Repository repository;
	private boolean called;

	/** An operation that does not work on an existing workspace (clone, init). */
	Operation(String action) {
		this(action, null);
	}

	/** An operation on the workspace of {@code repository}, which may be {@code null} for clone and init. */
	Operation(String action, Repository repository) {
		this.action = action;
		this.repository = repository;
	}

	@Override
	public final T call() throws GitOperationException {
		if (called) {
			throw new IllegalStateException("an operation runs once; create a new one"); //$NON-NLS-1$
		}
		called = true;
		FileTime index = RacyIndex.time(repository);
		try {
			requireWorkspaceFolder();
			T result = run();
			requireWorkspaceFolder();
			return result;
		} catch (GitOperationException e) {
			GitOperationException missing = missingWorkspaceFolder(e);
			throw missing != null ? missing : e;
		} catch (GitAPIException | IOException | RuntimeException e) {
			GitOperationException missing = missingWorkspaceFolder(e);
			throw missing != null ? missing : translate(e);
		} finally {
			keepEditsVisibleToGit(index);
			finished();
		}
	}

	/**
	 * After the run, whether it succeeded or not (a failed commit may have staged already): keeps the edits Git
	 * could tell apart before the run visible to Git, see {@link RacyIndex}.
	 */
	private void keepEditsVisibleToGit(FileTime index) {
		try {
			RacyIndex.keepRacyEntriesRacy(repository, index);
		} catch (IOException | RuntimeException e) {
			// The index is locked by another program or unreadable. The run's own effect stands (failing here
			// would report a done commit as not done); such an edit stays as hidden from Git as it was without
			// this check, until the file changes again.
		}
	}

	/** Releases what the run held beyond its result (connections); called once, after success or failure. */
	void finished() {
		// nothing by default
	}

	/** Runs the operation; JGit exceptions are translated by {@link #translate(Exception)}. */
	abstract T run() throws GitOperationException, GitAPIException, IOException;

	/** Turns an unexpected failure into a diagnostic; remote operations override it to recognise transport errors. */
	GitOperationException translate(Exception error) {
		return LocalFailures.classify(error, action, workspaceFolder());
	}

	String action() {
		return action;
	}

	/** The working tree this operation works on, absolute; {@code null} for clone and init. */
	Path workspaceFolder() {
		return repository == null || repository.isBare() ? null : repository.getWorkTree().toPath().toAbsolutePath();
	}

	private void requireWorkspaceFolder() throws GitOperationException {
		GitOperationException missing = missingWorkspaceFolder(null);
		if (missing != null) {
			throw missing;
		}
	}

	/**
	 * The diagnostic for a workspace whose folder (or its {@code .git} folder) no longer exists, or {@code null}
	 * while both exist.
	 */
	private GitOperationException missingWorkspaceFolder(Throwable error) {
		Path folder = workspaceFolder();
		if (folder == null || Files.isDirectory(folder) && Files.isDirectory(repository.getDirectory().toPath())) {
			return null;
		}
		String what = Files.isDirectory(folder) ? "the Git data of the workspace folder " + folder + " (" //$NON-NLS-1$ //$NON-NLS-2$
				+ repository.getDirectory() + ") no longer exists" //$NON-NLS-1$
				: "the workspace folder " + folder + " no longer exists"; //$NON-NLS-1$ //$NON-NLS-2$
		return Problems.of(Code.NOT_FOUND, "SpecSync could not " + action + " because " + what //$NON-NLS-1$ //$NON-NLS-2$
				+ " (it was deleted or moved while SpecSync was using it).", //$NON-NLS-1$
				"Close this workspace. Restore the folder from the trash or a backup, or clone the repository again ('specsync clone URL DIR'); other workspaces are not affected.", //$NON-NLS-1$
				error);
	}
}
