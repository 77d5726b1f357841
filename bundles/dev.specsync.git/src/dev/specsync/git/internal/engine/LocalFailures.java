package dev.specsync.git.internal.engine;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.InvalidRefNameException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.api.errors.RefNotFoundException;
import org.eclipse.jgit.api.errors.WrongRepositoryStateException;
import org.eclipse.jgit.errors.LockFailedException;

import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.Redactor;

/** Diagnostics for failures that do not involve a server. */
final class LocalFailures {

	private LocalFailures() {
	}

	static GitOperationException classify(Throwable error, String action) {
		return classify(error, action, null);
	}

	/**
	 * @param folder the working tree the operation wrote to, named in the message of a full disk; {@code null}
	 *            when there is none
	 */
	static GitOperationException classify(Throwable error, String action, Path folder) {
		String could = "SpecSync could not " + action; //$NON-NLS-1$
		if (error instanceof CheckoutConflictException c) {
			return Problems.of(Code.CONFLICT, could + " because your uncommitted changes to " //$NON-NLS-1$
					+ Problems.paths(c.getConflictingPaths()) + " would be overwritten. Nothing was changed.", //$NON-NLS-1$
					"Commit the changes (or undo them), then try again.", error); //$NON-NLS-1$
		}
		if (error instanceof RefNotFoundException) {
			return Problems.of(Code.NOT_FOUND, could + ": " + detail(error), //$NON-NLS-1$
					"Check the branch, tag or commit name ('specsync branch' lists branches).", error); //$NON-NLS-1$
		}
		if (error instanceof RefAlreadyExistsException) {
			return Problems.of(Code.INVALID_INPUT, could + ": " + detail(error), //$NON-NLS-1$
					"Choose another name, or delete the existing one first.", error); //$NON-NLS-1$
		}
		if (error instanceof InvalidRefNameException) {
			return Problems.of(Code.INVALID_INPUT, could + ": " + detail(error), //$NON-NLS-1$
					"Use a name of letters, digits, '-', '_', '.' and '/' without spaces.", error); //$NON-NLS-1$
		}
		if (error instanceof WrongRepositoryStateException) {
			return Problems.of(Code.CONFLICT, could + " because an earlier merge or rebase is unfinished (" + detail(error) + ").", //$NON-NLS-1$ //$NON-NLS-2$
					"Resolve the conflicts and commit, or undo the last sync, then try again.", error); //$NON-NLS-1$
		}
		if (isDiskFull(error)) {
			return Problems.of(Code.DISK_FULL, could + " because the disk " //$NON-NLS-1$
					+ (folder == null ? "" : "holding " + folder + " ") + "is full.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"Free some disk space on it (delete build output or old downloads, empty the trash) and try again.", error); //$NON-NLS-1$
		}
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof LockFailedException lock) {
				return Problems.of(Code.LOCKED, could + " because another Git program is working on this repository (lock file " //$NON-NLS-1$
						+ lock.getFile() + "). Nothing was changed.", //$NON-NLS-1$
						"Wait for the other Git program to finish and try again. If none is running, delete the lock file.", error); //$NON-NLS-1$
			}
			if (t instanceof AccessDeniedException denied) {
				return Problems.of(Code.PERMISSION_DENIED, could + " because the operating system denied access to " + denied.getFile() + ".", //$NON-NLS-1$ //$NON-NLS-2$
						"Make sure your user may read and write all files of the repository, then try again.", error); //$NON-NLS-1$
			}
		}
		return Problems.of(Code.IO, could + " (" + detail(error) + ").", //$NON-NLS-1$ //$NON-NLS-2$
				"Check that the repository folder is accessible and 'git status' works there, then try again.", error); //$NON-NLS-1$
	}

	/** Whether the operating system reported a full disk or an exhausted quota anywhere in the chain of causes. */
	static boolean isDiskFull(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (m.contains("no space left on device") || m.contains("disk quota exceeded")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
			for (Throwable suppressed : t.getSuppressed()) {
				if (suppressed != t && isDiskFull(suppressed)) {
					return true;
				}
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	static String detail(Throwable error) {
		String m = error.getMessage();
		return Redactor.redact(m == null || m.isBlank() ? error.getClass().getSimpleName() : m.strip());
	}
}
