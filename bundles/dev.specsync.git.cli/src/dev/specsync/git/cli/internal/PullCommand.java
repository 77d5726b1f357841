package dev.specsync.git.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.specsync.cli.Command;
import dev.specsync.cli.CommandContext;
import dev.specsync.cli.CommandName;
import dev.specsync.cli.ExitCode;
import dev.specsync.git.GitOperationException;
import dev.specsync.git.engine.GitService;
import dev.specsync.git.engine.GitWorkspace;
import dev.specsync.git.engine.PullOperation;
import dev.specsync.git.engine.SyncResult;

/** {@code specsync pull [--rebase | --no-rebase]}. */
@Component(service = Command.class)
@CommandName(name = "pull")
public final class PullCommand extends WorkspaceCommand {

	/**
	 * Creates the command; Declarative Services calls this.
	 *
	 * @param git the Git engine
	 */
	@Activate
	public PullCommand(@Reference GitService git) {
		super(git, "pull"); //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.PullCommand_summary;
	}

	@Override
	public String usage() {
		return Messages.PullCommand_usage;
	}

	@Override
	int execute(GitWorkspace workspace, List<String> arguments, CommandContext context) throws GitOperationException {
		PullOperation pull = GitCommands.withCredentials(workspace.pull(), context.environment());
		for (String arg : arguments) {
			switch (arg) {
				case "--rebase" -> pull.setRebase(true); //$NON-NLS-1$
				case "--no-rebase" -> pull.setRebase(false); //$NON-NLS-1$
				default -> {
					return GitCommands.usage(name(), context, List.of(arg));
				}
			}
		}
		SyncResult result = pull.call();
		if (result.status() == SyncResult.Status.CONFLICTS) {
			context.err().println(NLS.bind(Messages.Command_failed, name(), result.diagnostic().orElseThrow().userMessage()));
			return ExitCode.PROBLEMS;
		}
		context.out().println(NLS.bind(Messages.PullCommand_done, result.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
		result.snapshot().ifPresent(s -> context.out().println(NLS.bind(Messages.PullCommand_undo, s.id())));
		return ExitCode.OK;
	}
}
