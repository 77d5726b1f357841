package dev.specsync.merge.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The Git repository a merge command runs in: its Git directory (where merge states are kept) and its working
 * tree. {@code GIT_DIR} from the command's environment wins, as for Git itself; otherwise the nearest parent of the
 * working directory with a repository.
 */
record GitTree(Path gitDir, Path workTree) {

	static Optional<GitTree> find(Path directory, Map<String, String> environment) throws IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder();
		String gitDir = environment.get("GIT_DIR"); //$NON-NLS-1$
		if (gitDir != null && !gitDir.isEmpty()) {
			builder.setGitDir(directory.resolve(gitDir).toFile());
			String work = environment.get("GIT_WORK_TREE"); //$NON-NLS-1$
			builder.setWorkTree(directory.resolve(work != null && !work.isEmpty() ? work : ".").toFile()); //$NON-NLS-1$
		} else {
			builder.findGitDir(directory.toAbsolutePath().toFile());
			if (builder.getGitDir() == null) {
				return Optional.empty();
			}
		}
		try (Repository repository = builder.setMustExist(true).build()) {
			if (repository.isBare()) {
				return Optional.empty();
			}
			return Optional.of(new GitTree(repository.getDirectory().toPath().toAbsolutePath().normalize(),
					repository.getWorkTree().toPath().toAbsolutePath().normalize()));
		}
	}

	/** A path given on the command line as the path relative to the working tree, with {@code /}. */
	String relative(Path directory, String path) {
		Path p = directory.resolve(path).toAbsolutePath().normalize();
		if (!p.startsWith(workTree)) {
			return path.replace('\\', '/');
		}
		return workTree.relativize(p).toString().replace('\\', '/');
	}
}
