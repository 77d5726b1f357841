package dev.specsync.git.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Finds the Git working tree a command runs in: the working directory or the nearest parent with a repository. */
final class Workspace {

	private Workspace() {
	}

	/**
	 * Opens the repository whose working tree contains {@code directory}.
	 *
	 * @param directory where the command was started
	 * @return the open repository, which the caller closes; empty when neither {@code directory} nor a parent
	 *         is a working tree (no repository, or only a bare one)
	 * @throws IOException if a repository was found but cannot be opened
	 */
	static Optional<Repository> open(Path directory) throws IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toAbsolutePath().toFile());
		if (builder.getGitDir() == null) {
			return Optional.empty();
		}
		Repository repository = builder.setMustExist(true).build();
		if (repository.isBare()) {
			repository.close();
			return Optional.empty();
		}
		return Optional.of(repository);
	}
}
