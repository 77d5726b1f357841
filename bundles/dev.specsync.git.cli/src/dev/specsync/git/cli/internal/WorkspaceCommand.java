package dev.specsync.git.cli.internal;

import java.util.List;
import java.util.Optional;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;

/** A command that runs in the working tree of the current folder or of {@code -C DIR}. */
abstract class WorkspaceCommand implements Command {

	private final GitService git;
	private final String name;

	WorkspaceCommand(GitService git, String name) {
		this.git = git;
		this.name = name;
	}

	String name() {
		return name;
	}

	@Override
	public final int run(CommandContext context) {
		Optional<GitCommands.Invocation> invocation = GitCommands.parse(name, context);
		if (invocation.isEmpty()) {
			return ExitCode.USAGE;
		}
		try (GitWorkspace workspace = git.open(invocation.get().directory())) {
			return execute(workspace, invocation.get().arguments(), context);
		} catch (GitOperationException e) {
			return GitCommands.fail(name, context, e);
		}
	}

	/** Runs the command on the open workspace; returns the exit code. */
	abstract int execute(GitWorkspace workspace, List<String> arguments, CommandContext context) throws GitOperationException;
}
