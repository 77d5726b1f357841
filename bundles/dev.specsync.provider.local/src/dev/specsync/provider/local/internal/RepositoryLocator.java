package dev.specsync.provider.local.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache.FileKey;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.eclipse.osgi.util.NLS;

import dev.specsync.provider.Diagnostic;
import dev.specsync.provider.Diagnostic.Code;
import dev.specsync.provider.Result;

/**
 * Turns what a user typed (a path or a {@code file:} URL) into an open JGit repository, or into a diagnostic
 * that says why it is not one: missing, a file, not a repository, a subfolder of one, unreadable.
 *
 * <p>Stateless and thread-safe; the caller closes the repository.
 */
final class RepositoryLocator {

	private RepositoryLocator() {
	}

	/**
	 * Whether text looks like something this locator accepts: a well-formed {@code file:} URL or an absolute path
	 * (POSIX, Windows drive or UNC, whatever the platform we run on). Does not touch the file system.
	 */
	static boolean looksLocal(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		String t = text.strip();
		if (t.toLowerCase(Locale.ROOT).startsWith("file:")) {
			try {
				URI uri = new URI(t);
				return uri.getPath() != null && uri.getPath().startsWith("/");
			} catch (URISyntaxException e) {
				return false;
			}
		}
		return t.startsWith("/") || t.matches("^[A-Za-z]:[\\\\/].*") || t.startsWith("\\\\");
	}

	/** The path of a {@code file:} URL or an absolute path, or a diagnostic. */
	static Result<Path> toPath(String text) {
		if (text == null || text.isBlank()) {
			return Result.failed(Diagnostic.error(Code.INVALID_INPUT, Messages.pathMissing_cause, Messages.pathMissing_fix));
		}
		String t = text.strip();
		try {
			Path path = t.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(URI.create(t)) : Path.of(t);
			if (!path.isAbsolute()) {
				return invalid(t);
			}
			return Result.ok(path.normalize());
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) { // InvalidPathException too
			return invalid(t);
		}
	}

	private static <T> Result<T> invalid(String text) {
		return Result.failed(Diagnostic.error(Code.INVALID_INPUT, NLS.bind(Messages.pathInvalid_cause, text),
				Messages.pathInvalid_fix));
	}

	/** Opens the repository at a path or URL: a working tree's top folder (with a .git folder or file) or a bare repository. */
	static Result<Repository> open(String text) {
		Result<Path> located = toPath(text);
		if (!located.isOk()) {
			return located.map(p -> null);
		}
		Path path = located.value().orElseThrow();
		File dir = path.toFile();
		if (!Files.exists(path)) {
			return Result.failed(Diagnostic.error(Code.NOT_FOUND, NLS.bind(Messages.notFound_cause, path), Messages.notFound_fix));
		}
		if (!Files.isDirectory(path)) {
			return Result.failed(Diagnostic.error(Code.NOT_A_REPOSITORY, NLS.bind(Messages.notADirectory_cause, path),
					Messages.notADirectory_fix));
		}
		if (!Files.isReadable(path) || !Files.isExecutable(path)) {
			return unreadable(path, "permission denied");
		}
		try {
			FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
			Path dotGit = path.resolve(".git");
			if (FileKey.isGitRepository(dir, FS.DETECTED)) {
				builder.setGitDir(dir); // a bare repository (or a .git folder chosen directly)
			} else if (Files.isDirectory(dotGit) && FileKey.isGitRepository(dotGit.toFile(), FS.DETECTED)
					|| Files.isRegularFile(dotGit)) {
				builder.setWorkTree(dir); // a working tree; a .git file (worktree, submodule) is followed
			} else {
				return notARepository(path);
			}
			return Result.ok(builder.build());
		} catch (org.eclipse.jgit.errors.RepositoryNotFoundException e) {
			return notARepository(path);
		} catch (IOException | IllegalArgumentException e) {
			return unreadable(path, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		}
	}

	private static Result<Repository> notARepository(Path path) {
		File enclosing = new FileRepositoryBuilder().findGitDir(path.toFile()).getGitDir();
		if (enclosing != null) {
			Path top = enclosing.getName().equals(".git") ? enclosing.toPath().getParent() : enclosing.toPath();
			return Result.failed(Diagnostic.error(Code.NOT_A_REPOSITORY,
					NLS.bind(Messages.insideRepository_cause, path, top), NLS.bind(Messages.insideRepository_fix, path, top)));
		}
		return Result.failed(Diagnostic.error(Code.NOT_A_REPOSITORY, NLS.bind(Messages.notARepository_cause, path),
				Messages.notARepository_fix));
	}

	private static Result<Repository> unreadable(Path path, String reason) {
		return Result.failed(Diagnostic.error(Code.PERMISSION_DENIED, NLS.bind(Messages.unreadable_cause, path, reason),
				Messages.unreadable_fix));
	}
}
