package dev.specsync.git.internal;

import dev.specsync.git.Diagnostic;
import dev.specsync.git.Diagnostic.Code;
import dev.specsync.git.GitOperationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.MissingObjectException;

/** Translates low-level failures into {@link GitOperationException}s with a cause and a fix. */
final class Failures {

	/** Below this many usable bytes a write failure is reported as a full disk. */
	static final long LOW_SPACE_BYTES = 1L << 20;

	private Failures() {
	}

	/**
	 * @param action what was attempted, completing "SpecSync could not ...", e.g. "save a snapshot"
	 * @param unchangedNote what the user's files look like now, e.g. "Your files were not changed."
	 * @param gitDir the repository's .git directory, used to check free space
	 */
	static GitOperationException classify(Throwable error, String action, String unchangedNote, Path gitDir) {
		if (error instanceof GitOperationException goe) {
			return goe;
		}
		if (isDiskFull(error, gitDir)) {
			return new GitOperationException(new Diagnostic(Code.DISK_FULL,
					"SpecSync could not " + action + " because the disk holding " + gitDir.getParent()
							+ " is full. " + unchangedNote,
					"Free some disk space (for example delete build output, old downloads or empty the trash) and try again."),
					error);
		}
		LockFailedException lock = find(error, LockFailedException.class);
		if (lock != null) {
			return new GitOperationException(new Diagnostic(Code.LOCKED,
					"SpecSync could not " + action + " because another Git program is working on this repository (lock file "
							+ lockFileOf(lock) + "). " + unchangedNote,
					"Wait for the other Git program to finish and try again. If none is running, delete the lock file."),
					error);
		}
		AccessDeniedException denied = find(error, AccessDeniedException.class);
		if (denied != null || messageContains(error, "permission denied")) {
			String file = denied != null ? " (" + denied.getFile() + ")" : "";
			return new GitOperationException(new Diagnostic(Code.PERMISSION_DENIED,
					"SpecSync could not " + action + " because the operating system denied access to a file" + file + ". "
							+ unchangedNote,
					"Make sure your user may read and write all files of the repository, then try again."),
					error);
		}
		if (find(error, MissingObjectException.class) != null || find(error, CorruptObjectException.class) != null) {
			return new GitOperationException(new Diagnostic(Code.CORRUPT,
					"SpecSync could not " + action + " because repository data is missing or damaged. " + unchangedNote,
					"Run 'git fsck' in the repository to find the damage; choose another snapshot if this one is affected."),
					error);
		}
		return new GitOperationException(new Diagnostic(Code.IO,
				"SpecSync could not " + action + " because of an input/output error (" + describe(error) + "). "
						+ unchangedNote,
				"Check that the repository folder is accessible and the disk works, then try again."),
				error);
	}

	private static String lockFileOf(LockFailedException lock) {
		String f = String.valueOf(lock.getFile());
		return f.endsWith(".lock") ? f : f + ".lock";
	}

	static boolean isDiskFull(Throwable error, Path gitDir) {
		if (messageContains(error, "no space left on device") || messageContains(error, "disk quota exceeded")
				|| messageContains(error, "not enough space")) {
			return true;
		}
		try {
			Path probe = gitDir.resolve("objects");
			FileStore store = Files.getFileStore(Files.exists(probe) ? probe : gitDir);
			return store.getUsableSpace() < LOW_SPACE_BYTES;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static boolean messageContains(Throwable error, String needle) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			String m = t.getMessage();
			if (m != null && m.toLowerCase(Locale.ROOT).contains(needle)) {
				return true;
			}
			for (Throwable s : t.getSuppressed()) {
				if (messageContains(s, needle)) {
					return true;
				}
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

	private static String describe(Throwable error) {
		String m = error.getMessage();
		return error.getClass().getSimpleName() + (m == null ? "" : ": " + m);
	}

	static GitOperationException notFound(String what, String fix) {
		return new GitOperationException(new Diagnostic(Code.NOT_FOUND, what, fix));
	}

	static GitOperationException unsupported(String what, String fix) {
		return new GitOperationException(new Diagnostic(Code.UNSUPPORTED, what, fix));
	}

	static GitOperationException corrupt(String what, String fix) {
		return new GitOperationException(new Diagnostic(Code.CORRUPT, what, fix));
	}
}
