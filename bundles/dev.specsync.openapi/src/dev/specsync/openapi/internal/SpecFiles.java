package dev.specsync.openapi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/** Turns the FILE|DIR arguments of a command into the files to check. */
final class SpecFiles {

	private SpecFiles() {
	}

	/**
	 * The files an argument names: a file as it is (whatever its extension), or every {@code .json},
	 * {@code .yaml} and {@code .yml} file below a folder, in name order, skipping hidden files and folders.
	 *
	 * @param argument a path as typed, relative to {@code workingDirectory} unless absolute
	 * @param workingDirectory the directory relative paths are resolved against
	 * @return the files, never empty
	 * @throws UnusableArgument when the path does not exist, cannot be listed or is a folder without any
	 *         JSON or YAML file; the message says which, for the user
	 */
	static List<SpecFile> expand(String argument, Path workingDirectory) throws UnusableArgument {
		Path typed = Path.of(argument);
		Path path = workingDirectory.resolve(typed).normalize();
		if (!Files.exists(path)) {
			throw new UnusableArgument(NLS.bind(Messages.ValidateCommand_notFound, argument));
		}
		if (!Files.isDirectory(path)) {
			return List.of(new SpecFile(path, argument));
		}
		List<SpecFile> files;
		try (Stream<Path> walk = Files.walk(path)) {
			files = walk.filter(p -> !hidden(path.relativize(p)))
					.filter(p -> isSpecName(p) && Files.isRegularFile(p))
					.sorted()
					.map(p -> new SpecFile(p, typed.resolve(path.relativize(p)).toString()))
					.toList();
		} catch (IOException | UncheckedIOException e) {
			IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
			throw new UnusableArgument(NLS.bind(Messages.ValidateCommand_unreadable, argument, reason(cause)));
		}
		if (files.isEmpty()) {
			throw new UnusableArgument(NLS.bind(Messages.ValidateCommand_noFiles, argument));
		}
		return files;
	}

	/**
	 * Why a file could not be read, in words.
	 *
	 * @param e the failure
	 * @return a short reason without the path, which the caller names
	 */
	static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return Messages.ValidateCommand_noSuchFile;
		}
		if (e instanceof AccessDeniedException) {
			return Messages.ValidateCommand_accessDenied;
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static boolean hidden(Path relative) {
		for (Path name : relative) {
			if (name.toString().startsWith(".")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static boolean isSpecName(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** An argument that names nothing to check; the message is for the user. */
	static final class UnusableArgument extends Exception {
		private static final long serialVersionUID = 1L;

		UnusableArgument(String message) {
			super(message);
		}
	}
}
