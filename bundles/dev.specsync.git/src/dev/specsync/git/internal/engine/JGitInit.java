package dev.specsync.git.internal.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.InitOperation;

/** Init on JGit's {@code InitCommand}. */
final class JGitInit extends Operation<GitWorkspace> implements InitOperation {

	private final Engine engine;
	private final Path directory;
	private String branch = "main"; //$NON-NLS-1$

	JGitInit(Engine engine, Path directory) {
		super("initialize a repository in " + directory); //$NON-NLS-1$
		this.engine = engine;
		this.directory = directory.toAbsolutePath();
	}

	@Override
	public InitOperation setInitialBranch(String branch) {
		this.branch = Objects.requireNonNull(branch, "branch"); //$NON-NLS-1$
		return this;
	}

	@Override
	GitWorkspace run() throws GitOperationException, GitAPIException, IOException {
		Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch(branch).call();
		return JGitWorkspace.wrap(engine, git.getRepository());
	}
}
